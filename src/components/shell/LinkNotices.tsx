import { dismissLinkNotice, useLinkState } from '../../store/shareLink';
import { OpenFileButton } from '../dataIn/OpenFileButton';

/**
 * What opening a link has to say: why it could not be read (over the normal demo), which file it
 * waits for (with Open file), that the file opened differs from the link's, or which panels kept
 * their defaults. Each line can be dismissed. Text from a link is shown as text, never as markup.
 */
export function LinkNotices() {
  const notices = useLinkState((s) => s.notices);
  return notices.map((notice) => (
    <div
      key={notice.id}
      className={notice.tone === 'error' ? 'file-error' : 'notice'}
      role={notice.tone === 'info' ? 'status' : 'alert'}
    >
      <p>{notice.text}</p>
      {notice.openFile && <OpenFileButton />}
      <button type="button" className="secondary" onClick={() => dismissLinkNotice(notice.id)}>
        Dismiss
      </button>
    </div>
  ));
}
