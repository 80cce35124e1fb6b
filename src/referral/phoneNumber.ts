export interface PhoneNumber {
  /** As a Dane writes it: '80 200 500'. */
  display: string;
  /** For a `tel:` link: '+4580200500' (112 stays as dialled). */
  tel: string;
}
