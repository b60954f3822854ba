/**
 * Names and one-line explanations of subjects and methods. Functions, not constants: msg() must
 * run at render time to follow a locale switch.
 */
import { msg } from '@lit/localize';
import type { Method, Subject } from '../flow/catalog.js';

export function subjectLabel(subject: Subject): string {
  switch (subject) {
    case 'citizen':
      return msg('Công dân', { id: 'subject.citizen' });
    case 'business':
      return msg('Doanh nghiệp', { id: 'subject.business' });
    case 'agency':
      return msg('Cơ quan nhà nước', { id: 'subject.agency' });
  }
}

export function subjectHint(subject: Subject): string {
  switch (subject) {
    case 'citizen':
      return msg('Người có số định danh cá nhân (CCCD) đăng ký cho chính mình.', { id: 'subject.citizen.hint' });
    case 'business':
      return msg('Doanh nghiệp đăng ký bằng chữ ký số của doanh nghiệp.', { id: 'subject.business.hint' });
    case 'agency':
      return msg('Cơ quan, tổ chức nhà nước đăng ký bằng chữ ký số của cơ quan.', { id: 'subject.agency.hint' });
  }
}

export function methodLabel(method: Method): string {
  switch (method) {
    case 'phone':
      return msg('Thuê bao di động', { id: 'method.phone' });
    case 'bhxh':
      return msg('Mã số bảo hiểm xã hội', { id: 'method.bhxh' });
    case 'vnpost':
      return msg('Tài khoản Bưu điện Việt Nam', { id: 'method.vnpost' });
    case 'usb':
      return msg('USB ký số', { id: 'method.usb' });
    case 'sim':
      return msg('SIM ký số', { id: 'method.sim' });
    case 'smartca':
      return msg('VNPT SmartCA', { id: 'method.smartca' });
    case 'vneid':
      return msg('Tài khoản định danh điện tử VNeID', { id: 'method.vneid' });
  }
}

/** What the person needs at hand for the method, in one line. */
export function methodNeeds(method: Method): string {
  switch (method) {
    case 'phone':
      return msg('Cần số CCCD và số điện thoại di động đăng ký chính chủ với số CCCD đó để nhận mã OTP.', {
        id: 'method.phone.needs',
      });
    case 'bhxh':
      return msg('Cần mã số BHXH (hoặc số định danh cá nhân) và số điện thoại để nhận mã OTP.', { id: 'method.bhxh.needs' });
    case 'vnpost':
      return msg('Cần số CCCD, địa chỉ thường trú và điện thoại hoặc email để kích hoạt tài khoản.', {
        id: 'method.vnpost.needs',
      });
    case 'usb':
      return msg('Cần USB ký số còn hạn, driver của USB và công cụ ký số (plugin) cài trên máy tính.', {
        id: 'method.usb.needs',
      });
    case 'sim':
      return msg('Cần SIM ký số trong điện thoại đang bật để xác nhận và nhập mã PIN trên điện thoại.', {
        id: 'method.sim.needs',
      });
    case 'smartca':
      return msg('Cần tài khoản VNPT SmartCA và ứng dụng SmartCA trên điện thoại để xác nhận.', { id: 'method.smartca.needs' });
    case 'vneid':
      return msg('Cần tài khoản định danh điện tử VNeID mức 2 và ứng dụng VNeID.', { id: 'method.vneid.needs' });
  }
}
