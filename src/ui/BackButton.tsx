export function BackButton({ label, onBack }: { label: string; onBack: () => void }) {
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {label}
    </button>
  );
}
