// The stack's floor for bench part (a): the console's libraries and nothing else (React 19, TanStack Query,
// React Router in declarative mode, React Hook Form), each used the way a page uses it, built by Vite 8.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { BrowserRouter, Link, Route, Routes, useParams } from 'react-router';
import { useForm } from 'react-hook-form';

interface User {
  userName: string;
  description?: string;
}

function UserList() {
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async () => (await fetch('/v1/users')).json() as Promise<User[]>,
  });
  if (users.isPending) return <p>Loading…</p>;
  if (users.isError) return <p role="alert">{users.error.message}</p>;
  // A page of rows, as the console shows (its page is 50 users).
  return (
    <table>
      <tbody>
        {users.data.slice(0, 50).map((user) => (
          <tr key={user.userName}>
            <td>
              <Link to={`/users/${user.userName}`}>{user.userName}</Link>
            </td>
            <td>{user.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UserForm() {
  const { name = '' } = useParams();
  const save = useMutation({
    mutationFn: (values: { description: string }) =>
      fetch(`/v1/users/${name}`, { method: 'PUT', body: JSON.stringify(values) }),
  });
  const { register, handleSubmit, formState } = useForm<{ description: string }>();
  return (
    <form onSubmit={handleSubmit((values) => save.mutate(values))}>
      <label htmlFor="description">Description</label>
      <input id="description" {...register('description', { required: 'Required' })} />
      {formState.errors.description ? <p>{formState.errors.description.message}</p> : null}
      <button type="submit">Save</button>
    </form>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <BrowserRouter>
          <Routes>
            <Route path="/" element={<UserList />} />
            <Route path="/users/:name" element={<UserForm />} />
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
