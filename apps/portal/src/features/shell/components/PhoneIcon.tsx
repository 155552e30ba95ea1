import './shell.css';

/**
 * A handset drawn as SVG in the text colour. The 📞 emoji it replaces needs an emoji font, which
 * many work PCs and phones' browsers in kiosk mode lack: they showed an empty box.
 */
export function PhoneIcon() {
  return (
    <svg
      className="schakel-icon"
      aria-hidden="true"
      focusable="false"
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
    >
      <path
        fill="currentColor"
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
      />
    </svg>
  );
}
