// Governance records for search (issue 15): all of this area's search SQL. People are found by
// name, job title and agency; their email and phone are never indexed.
#include "governance/store.h"

namespace safeboard::governance {

std::vector<search::SearchDocument> GovernanceStore::SearchDocuments(std::int64_t partnership_id) {
  std::vector<search::SearchDocument> out;
  for (const auto& r : db_.Query("SELECT p.id, p.full_name, p.job_title, COALESCE(a.name, ''), p.ended_on FROM people p "
                                 "LEFT JOIN agencies a ON a.id = p.agency_id WHERE p.partnership_id = ?",
                                 {partnership_id})) {
    std::string context = r.Text(2) + (r.Text(2).empty() || r.Text(3).empty() ? "" : ", ") + r.Text(3);
    if (!r.IsNull(4)) context += context.empty() ? "Left" : " (left)";
    out.push_back({"person", r.Int(0), r.Text(1), r.Text(2) + "\n" + r.Text(3), context,
                   "/people/" + std::to_string(r.Int(0))});
  }
  for (const auto& r : db_.Query("SELECT id, name, short_name, terms_of_reference FROM partnership_groups "
                                 "WHERE partnership_id = ?",
                                 {partnership_id}))
    out.push_back({"group", r.Int(0), r.Text(1), r.Text(2) + "\n" + r.Text(3), "",
                   "/groups/" + std::to_string(r.Int(0))});
  for (const auto& r : db_.Query("SELECT id, name, sector FROM agencies WHERE partnership_id = ?", {partnership_id}))
    out.push_back({"agency", r.Int(0), r.Text(1), "", "", "/agencies/" + std::to_string(r.Int(0))});
  return out;
}

}  // namespace safeboard::governance
