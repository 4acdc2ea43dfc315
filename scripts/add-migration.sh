#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migrations assembly.
# Usage: scripts/add-migration.sh NAME   (from the repository root)
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project=src/HuangshigangDisclosure.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
