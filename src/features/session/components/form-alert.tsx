/** A refusal that belongs to the whole form (not to one field), announced when it appears. */
export function FormAlert({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p role="alert" className="rounded-md bg-bad-soft px-3 py-2 text-sm text-bad">
      {text}
    </p>
  );
}
