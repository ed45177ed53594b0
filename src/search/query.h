// Search queries and results, as pure rules (issue 15): which words a query asks for, what each
// kind of record is called, and how a snippet's highlights are marked.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/vocabulary.h"

namespace safeboard::search {

enum class SearchKind { kMeeting, kAgendaItem, kPaper, kMinutes, kDecision, kAction, kPlan, kPlanAction, kPerson, kGroup, kAgency, kAudit };
std::span<const core::Term<SearchKind>> SearchKinds();

constexpr std::size_t kMaxQueryWords = 8;
constexpr std::size_t kMaxQueryLength = 200;

// The words of what someone typed, lower case, in order, without repeats: runs of letters and
// digits (any script). Punctuation and operators are not syntax here, so no query can be
// malformed: "budget AND (2011" asks for "budget", "and" and "2011". At most kMaxQueryWords.
// RULE: issue 15 - a record matches when it holds every word (word forms folded by the
// database's English stemmer: "audits" finds "audit").
std::vector<std::string> QueryWords(std::string_view query);

// Snippets come back from the database with each match between these two private-use
// characters, which nothing a person types contains.
constexpr std::string_view kMatchStart = "\xee\x80\x80";  // U+E000
constexpr std::string_view kMatchEnd = "\xee\x80\x81";    // U+E001
// A snippet as runs of text, each flagged when it is a match (to be drawn highlighted).
std::vector<std::pair<std::string, bool>> SnippetRuns(std::string_view snippet);

}  // namespace safeboard::search
