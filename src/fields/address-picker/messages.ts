/**
 * Words of the address picker. Functions, not constants: msg() must run at render time to follow
 * a locale switch.
 */
import { msg, str } from '@lit/localize';
import type { UnitType } from './filter.js';

export const provinceLabel = () => msg('Tỉnh, thành phố', { id: 'address.province' });
export const communeLabel = () => msg('Xã, phường, đặc khu', { id: 'address.commune' });
export const streetLabel = () => msg('Số nhà, đường, thôn/xóm', { id: 'address.street' });
export const chooseProvinceFirst = () => msg('Chọn tỉnh, thành phố trước.', { id: 'address.commune.needs-province' });
export const loadingText = () => msg('Đang tải danh sách…', { id: 'address.loading' });
export const provincesFailed = () => msg('Không tải được danh sách tỉnh, thành phố.', { id: 'address.load-failed.province' });
export const communesFailed = () => msg('Không tải được danh sách xã, phường, đặc khu.', { id: 'address.load-failed.commune' });
/** Said with every load failure: people fear that retrying wipes the form. */
export const keptText = () => msg('Thông tin bạn đã nhập vẫn được giữ.', { id: 'address.load-failed.kept' });
export const retryText = () => msg('Thử lại', { id: 'action.retry' });
export const noResults = () => msg('Không tìm thấy. Kiểm tra chính tả hoặc gõ không dấu.', { id: 'address.none' });
export const typeMore = (total: number) =>
  msg(str`Gõ thêm để thu hẹp danh sách (${total} kết quả)`, { id: 'address.more' });

/** The number of results, as announced after typing stops. */
export function resultCount(total: number): string {
  if (total === 0) return noResults();
  if (total === 1) return msg('1 kết quả', { id: 'address.results.one' });
  return msg(str`${total} kết quả`, { id: 'address.results.other' });
}

/** The unit type as a badge in an option whose name does not say it ("Cao Bằng" · Tỉnh). */
export function typeLabel(type: UnitType): string {
  switch (type) {
    case 'province':
      return msg('Tỉnh', { id: 'address.type.province' });
    case 'city':
      return msg('Thành phố', { id: 'address.type.city' });
    case 'ward':
      return msg('Phường', { id: 'address.type.ward' });
    case 'commune':
      return msg('Xã', { id: 'address.type.commune' });
    case 'special_zone':
      return msg('Đặc khu', { id: 'address.type.special-zone' });
  }
}
