#!/bin/sh
# Stands in for Prisma's schema engine, which cannot be downloaded on locked-down machines.
# Our migrations are hand-written SQL; apply them with the project's own runner.
echo "The Prisma schema engine is not installed here. Use: npm run db:migrate" >&2
exit 1
