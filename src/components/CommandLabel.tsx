/**
 * A command's name with its shortcut beside it, in a menu or a list. The item's name is
 * all of this text, shortcut included, as it is read: what is seen is what is heard.
 */
export function CommandLabel({ label, shortcut }: { label: string; shortcut?: string | null }) {
  return (
    <>
      <span>{label}</span>
      {shortcut ? (
        <>
          {' '}
          <kbd className="command-shortcut">{shortcut}</kbd>
        </>
      ) : null}
    </>
  )
}
