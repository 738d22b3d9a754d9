// The signed-in frame: header, navigation, page titles, the not-found and failure pages.
export default {
  name: 'SAM Console',
  skipToContent: 'Skip to content',
  nav: {
    myAccount: 'My account',
    label: 'Main',
    users: 'Users',
    roles: 'Roles',
    defaultPermissions: 'Default permissions',
    activity: 'Activity',
  },
  loadingPage: 'Loading page…',
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.',
  },
  goToUserList: 'Go to the user list',
  failure: {
    unreachableTitle: 'This page could not be loaded',
    unreachableBody:
      'SAM Console could not fetch this page from its server. Check that the server is running and that you are online, then try again.',
    title: 'Something went wrong',
    body: 'The page could not be shown.',
    tryAgain: 'Try again',
    reload: 'Reload the page',
  },
};
