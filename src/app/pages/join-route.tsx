import { JoinPage } from '@/features/session/components/join-page';

/** Opened from an invitation link, before any session exists. */
export default JoinPage;
