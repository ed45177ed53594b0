// The PostgreSQL backend (libpqxx 6): `?` placeholders rewritten to $n, prepared statements
// cached per connection, transactions driven by BEGIN/COMMIT like SQLite's.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "storage/database.h"

namespace safeboard::storage {

std::unique_ptr<Database> OpenPostgres(const std::string& url);

// Rewrites `?` placeholders as $1, $2, ... leaving those inside quoted strings ('...', $$...$$,
// $tag$...$tag$), quoted identifiers ("...") and comments (-- and /* */) alone. Pure, so it is
// unit-tested without a server.
std::string RewritePlaceholders(std::string_view sql);

}  // namespace safeboard::storage
