// All of the assurance area's SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <vector>

#include "assurance/model.h"
#include "search/document.h"
#include "storage/database.h"

namespace safeboard::assurance {

class AssuranceStore {
 public:
  explicit AssuranceStore(storage::Connection& db) : db_(db) {}

  // The year's programme, made (empty) on first use.
  AuditProgramme ProgrammeOf(std::int64_t partnership_id, int year_start);
  std::optional<AuditProgramme> FindProgramme(std::int64_t partnership_id, int year_start);
  void SaveProgramme(std::int64_t partnership_id, const AuditProgramme& programme);
  // The financial year of a programme.
  std::optional<int> YearOfProgramme(std::int64_t partnership_id, std::int64_t programme_id);
  // The years that have a programme, newest first.
  std::vector<int> ProgrammeYears(std::int64_t partnership_id);

  std::vector<PlannedAudit> AuditsOf(std::int64_t partnership_id, std::int64_t programme_id);
  // Every audit of every year, oldest first (to choose the audit a follow-up follows).
  std::vector<PlannedAudit> AllAudits(std::int64_t partnership_id);
  // The audits that follow up this one.
  std::vector<PlannedAudit> FollowUpsOf(std::int64_t partnership_id, std::int64_t audit_id);
  std::optional<PlannedAudit> FindAudit(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddAudit(std::int64_t partnership_id, const PlannedAudit& audit);
  void UpdateAudit(std::int64_t partnership_id, const PlannedAudit& audit);

  // The planned audits (title, themes, findings) as search documents (issue 15's search).
  std::vector<search::SearchDocument> SearchDocuments(std::int64_t partnership_id);

 private:
  std::vector<PlannedAudit> AuditsWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
