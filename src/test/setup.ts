// Adds the DOM matchers to expect; component tests opt into jsdom with a file comment.
import '@testing-library/jest-dom/vitest';
