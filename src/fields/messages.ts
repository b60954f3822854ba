/** Words the shared field templates use. */
import { msg } from '@lit/localize';

/** Read before every error message, so a screen-reader user hears that it is an error. */
export const errorPrefix = () => msg('Lỗi:', { id: 'field.error-prefix' });
export const warningPrefix = () => msg('Lưu ý:', { id: 'field.warning-prefix' });
/** Spoken after a required field's label; the visible asterisk alone is not announced well. */
export const requiredText = () => msg('(bắt buộc)', { id: 'field.required' });
export const errorSummaryTitle = () => msg('Có lỗi cần sửa', { id: 'field.error-summary.title' });
