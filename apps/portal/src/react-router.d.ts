// The portal routes with <BrowserRouter> (declarative mode), where navigate() returns nothing.
// React Router types it `void | Promise<void>` for its data routers, which makes every call look
// like a floating promise; its documentation advises narrowing the type to the router in use.
import 'react-router';

declare module 'react-router' {
  interface NavigateFunction {
    (to: To, options?: NavigateOptions): void;
    (delta: number): void;
  }
}
