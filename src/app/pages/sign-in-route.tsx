import { SignInPage } from '@/features/session/components/sign-in-page';

/** Signed-in partners never load the sign-in page. */
export default SignInPage;
