/** @tournee/notify/contact — phone numbers (French formats → E.164) and e-mail addresses, checked on input. */
export { formatPhone, parseEmail, parsePhone, type PhoneCheck, type PhoneKind } from "./phone.js";
