/**
 * Today as the professionals count it: the date in Europe/Amsterdam, not the database server's
 * (UTC) `current_date`, which runs a day ahead between 22:00/23:00 and midnight UTC.
 */
export const AMSTERDAM_TODAY = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
