// All of Section 11's SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "assurance/section11.h"
#include "storage/database.h"

namespace safeboard::assurance {

class Section11Store {
 public:
  explicit Section11Store(storage::Connection& db) : db_(db) {}

  // Templates, newest version last within each name; each with its standards and whether in use.
  std::vector<Section11Template> ListTemplates(std::int64_t partnership_id);
  std::optional<Section11Template> FindTemplate(std::int64_t partnership_id, std::int64_t id);
  // A new template: version 1 of a new name, or the next version of an existing one.
  std::int64_t AddTemplate(std::int64_t partnership_id, const Section11Template& tmpl,
                           std::optional<std::int64_t> based_on);
  // Replaces the name, scale and standards of a template no round uses yet.
  void ReplaceTemplate(std::int64_t partnership_id, const Section11Template& tmpl);

  std::vector<Section11Round> ListRounds(std::int64_t partnership_id);  // newest first
  std::optional<Section11Round> FindRound(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddRound(std::int64_t partnership_id, const Section11Round& round);
  // The round that opened last before this one, if any.
  std::optional<Section11Round> PreviousRound(std::int64_t partnership_id, const Section11Round& round);

  std::vector<Section11Return> ReturnsOf(std::int64_t partnership_id, std::int64_t round_id);
  std::optional<Section11Return> FindReturn(std::int64_t partnership_id, std::int64_t id);
  // The returns not yet submitted whose lead is the person of this user account.
  std::vector<Section11Return> ReturnsToSubmitBy(std::int64_t partnership_id, std::int64_t user_id);
  std::int64_t AddReturn(std::int64_t partnership_id, const Section11Return& ret);
  // Adds the agency's return to the round, starting from its last submitted return (its lead,
  // and CarriedAnswers) when it has one.
  std::int64_t StartReturn(std::int64_t partnership_id, const Section11Round& round, const Section11Template& tmpl,
                           Section11Return ret);
  void SetLead(std::int64_t partnership_id, std::int64_t return_id, std::optional<std::int64_t> lead_person_id);
  void SetSubmitted(std::int64_t partnership_id, std::int64_t return_id, std::optional<Date> submitted_on);
  // The agency's most recent submitted return in an earlier round (for a new return's answers).
  std::optional<Section11Return> LastSubmittedReturn(std::int64_t partnership_id, std::int64_t agency_id,
                                                     std::int64_t before_round_id);

  std::vector<Section11Answer> AnswersOf(std::int64_t partnership_id, std::int64_t return_id);
  // The agency's grades and evidence (any challenge already recorded is kept).
  void SaveAnswers(std::int64_t partnership_id, std::int64_t return_id, const std::vector<Section11Answer>& answers);
  void SaveChallenge(std::int64_t partnership_id, std::int64_t return_id, const Section11Answer& answer);

  std::vector<EvidenceFile> FilesOf(std::int64_t partnership_id, std::int64_t return_id);
  std::int64_t AddFile(std::int64_t partnership_id, const EvidenceFile& file, const std::string& base64,
                       const std::string& uploaded_at);
  // The file and its content (base64).
  std::optional<std::pair<EvidenceFile, std::string>> FileWithContent(std::int64_t partnership_id, std::int64_t id);

  std::vector<Section11Action> ActionsOf(std::int64_t partnership_id, std::int64_t return_id);
  std::optional<Section11Action> FindAction(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddAction(std::int64_t partnership_id, const Section11Action& action);
  void UpdateActionProgress(std::int64_t partnership_id, const Section11Action& action);

  // Every return of a round with its answers and actions: what the round's figures count.
  std::vector<ReturnRecord> RecordsOf(std::int64_t partnership_id, std::int64_t round_id);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
