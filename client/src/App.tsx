import { Route, Routes } from 'react-router-dom';
import { MeGate } from './components/MeGate';
import { SignedInLayout } from './components/SignedInLayout';
import { Home } from './scenes/home/Home';
import { NotFound } from './scenes/NotFound';
import { Setup } from './scenes/Setup';
import { SignIn } from './scenes/SignIn';

export function App() {
  return (
    <MeGate>
      <Routes>
        <Route path="/signin" element={<SignIn />} />
        <Route path="/setup" element={<Setup />} />
        <Route element={<SignedInLayout />}>
          <Route index element={<Home />} />
        </Route>
        <Route path="*" element={<NotFound />} />
      </Routes>
    </MeGate>
  );
}
