-- The time of day a figure holds at, when its sentence or its live-ticker entry names one ("bis zum
-- Abend", "by nightfall", "+++ 16:20 Uhr +++"), as "HH:MM" on the as-of period's last day. Two figures
-- of one day at different hours are then an update, not a dispute (a toll rising through the
-- afternoon). Null for a figure dated by day only, and for claims extracted before, until their
-- article is extracted again.
ALTER TABLE "claim" ADD COLUMN "as_of_time" TEXT;
ALTER TABLE "claim" ADD CONSTRAINT "claim_as_of_time_format" CHECK ("as_of_time" IS NULL OR ("as_of" IS NOT NULL AND "as_of_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'));
