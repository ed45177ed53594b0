// All of the multi-agency case file audits' SQL (issue 16), scoped by partnership. Case records:
// never in the search index.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "assurance/case_audits.h"
#include "storage/database.h"

namespace safeboard::assurance {

class CaseAuditStore {
 public:
  explicit CaseAuditStore(storage::Connection& db) : db_(db) {}

  std::optional<int> Target(std::int64_t partnership_id);
  void SaveTarget(std::int64_t partnership_id, int cases_per_quarter);

  // The planned audits of the case file kind, newest first: (id, title, lead group).
  struct CaseFileAudit {
    std::int64_t id = 0;
    std::string title;
    std::optional<std::int64_t> group_id;
  };
  std::vector<CaseFileAudit> CaseFileAudits(std::int64_t partnership_id);
  // Every reference the board has used, for the rule that none is used twice.
  std::vector<std::string> References(std::int64_t partnership_id);

  // Cases selected from `from` to `to` (inclusive), oldest first, each whole (parts, grades,
  // findings).
  std::vector<AuditedCase> CasesBetween(std::int64_t partnership_id, const Date& from, const Date& to);
  std::optional<AuditedCase> FindCase(std::int64_t partnership_id, std::int64_t id);
  // The case a finding belongs to (nullopt for another board's finding).
  std::optional<std::int64_t> CaseOfFinding(std::int64_t partnership_id, std::int64_t finding_id);

  // Adds the case with an empty part for each of its agencies.
  std::int64_t AddCase(std::int64_t partnership_id, const AuditedCase& audited);
  void SavePart(std::int64_t case_id, const CasePart& part);
  void SaveDiscussion(std::int64_t partnership_id, const AuditedCase& audited);
  std::int64_t AddFinding(std::int64_t case_id, const CaseFinding& finding);
  void CompleteFinding(std::int64_t case_id, std::int64_t finding_id, const Date& on);

 private:
  std::vector<AuditedCase> CasesWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
