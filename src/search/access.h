// Searching as the signed-in reader (issue 15): the index brought up to date with the records,
// then only what the reader may open. Shared by the search page and the API.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "http/context.h"
#include "search/store.h"

namespace safeboard::search {

constexpr int kMaxResults = 50;

// RULE: issue 15 - search obeys every access rule: confidential items' records only for their
// group's members and the board team, draft minutes only for the board team; case records are
// never indexed at all.
SearchAccess AccessOf(const http::Context& ctx);

// Rebuilds the partnership's index from every area's records when a write has happened since
// it was built (one transaction), then searches it.
std::vector<SearchHit> SearchAsReader(http::Context& ctx, const std::vector<std::string>& words,
                                      const std::optional<std::string>& kind);

}  // namespace safeboard::search
