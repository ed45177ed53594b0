#include "search/query.h"

#include <algorithm>

#include "core/fold_case.h"

namespace safeboard::search {

std::span<const core::Term<SearchKind>> SearchKinds() {
  static constexpr core::Term<SearchKind> kTerms[] = {
      {SearchKind::kMeeting, "meeting", "Meeting"},
      {SearchKind::kAgendaItem, "agenda-item", "Agenda item"},
      {SearchKind::kPaper, "paper", "Paper"},
      {SearchKind::kMinutes, "minutes", "Minutes"},
      {SearchKind::kDecision, "decision", "Decision"},
      {SearchKind::kAction, "action", "Action from a meeting"},
      {SearchKind::kPlan, "plan", "Business plan"},
      {SearchKind::kPlanAction, "plan-action", "Business plan action"},
      {SearchKind::kPerson, "person", "Person"},
      {SearchKind::kGroup, "group", "Group"},
      {SearchKind::kAgency, "agency", "Agency"},
      {SearchKind::kAudit, "audit", "Audit"},
  };
  return kTerms;
}

std::vector<std::string> QueryWords(std::string_view query) {
  query = query.substr(0, kMaxQueryLength);
  std::string folded = core::FoldCase(query);
  std::vector<std::string> words;
  std::string word;
  auto finish = [&] {
    if (!word.empty() && std::find(words.begin(), words.end(), word) == words.end() && words.size() < kMaxQueryWords)
      words.push_back(word);
    word.clear();
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    auto c = static_cast<unsigned char>(folded[i]);
    // Bytes of multi-byte UTF-8 characters are letters of other scripts: kept in the word.
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      word += folded[i];
    else
      finish();
  }
  finish();
  return words;
}

std::vector<std::pair<std::string, bool>> SnippetRuns(std::string_view snippet) {
  std::vector<std::pair<std::string, bool>> runs;
  bool in_match = false;
  std::string current;
  for (std::size_t i = 0; i < snippet.size();) {
    if (snippet.substr(i, kMatchStart.size()) == kMatchStart || snippet.substr(i, kMatchEnd.size()) == kMatchEnd) {
      bool opens = snippet.substr(i, kMatchStart.size()) == kMatchStart;
      if (!current.empty()) runs.emplace_back(std::move(current), in_match);
      current.clear();
      in_match = opens;
      i += kMatchStart.size();
      continue;
    }
    current += snippet[i++];
  }
  if (!current.empty()) runs.emplace_back(std::move(current), in_match);
  return runs;
}

}  // namespace safeboard::search
