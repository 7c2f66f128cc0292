/** Dates as readers expect them, independent of the build machine's locale and time zone. */
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export const formatDate = (date: Date): string => DATE.format(date);

/** ISO day, for `<time datetime>`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
