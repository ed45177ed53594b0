#include "assurance/challenge_store.h"

namespace safeboard::assurance {
namespace {

constexpr const char* kReportColumns =
    "SELECT r.id, r.kind, r.title, r.agency_id, r.from_name, r.period, r.received_on, r.considered_at_meeting_id, "
    "r.purpose, r.key_findings, r.strengths, r.shortcomings, r.actions_for_board, r.comment, r.assurance, "
    "COALESCE(a.name, '') FROM agency_reports r LEFT JOIN agencies a ON a.id = r.agency_id ";

AgencyReport ReportFromRow(const storage::Row& r) {
  AgencyReport x;
  x.id = r.Int(0);
  x.kind = core::ParseCode(ReportKinds(), r.Text(1)).value_or(ReportKind::kOther);
  x.title = r.Text(2);
  x.agency_id = r.OptInt(3);
  x.from_name = r.Text(4);
  x.period = r.Text(5);
  x.received_on = *core::ParseDate(r.Text(6));
  x.considered_at_meeting_id = r.OptInt(7);
  x.purpose = r.Text(8);
  x.key_findings = r.Text(9);
  x.strengths = r.Text(10);
  x.shortcomings = r.Text(11);
  x.actions_for_board = r.Text(12);
  x.comment = r.Text(13);
  if (auto a = r.OptText(14)) x.assurance = core::ParseCode(Assurances(), *a);
  x.agency_name = r.Text(15);
  return x;
}

// The report's columns after `values` (the partnership's id, for an insert).
storage::Params ReportValues(const AgencyReport& x, storage::Params values = {}) {
  std::optional<std::string> assurance;
  if (x.assurance) assurance = std::string(core::CodeOf(Assurances(), *x.assurance));
  for (auto& v : storage::Params{std::string(core::CodeOf(ReportKinds(), x.kind)), x.title, storage::Nullable(x.agency_id),
                                 x.from_name, x.period, core::FormatDate(x.received_on),
                                 storage::Nullable(x.considered_at_meeting_id), x.purpose, x.key_findings, x.strengths,
                                 x.shortcomings, x.actions_for_board, x.comment, storage::Nullable(assurance)})
    values.push_back(std::move(v));
  return values;
}

}  // namespace

std::vector<AgencyReport> ChallengeStore::ReportsBetween(std::int64_t partnership_id, const Date& from, const Date& to) {
  std::vector<AgencyReport> out;
  for (const auto& r : db_.Query(std::string(kReportColumns) +
                                     "WHERE r.partnership_id = ? AND r.received_on >= ? AND r.received_on <= ? "
                                     "ORDER BY r.received_on, r.id",
                                 {partnership_id, core::FormatDate(from), core::FormatDate(to)}))
    out.push_back(ReportFromRow(r));
  return out;
}

std::vector<std::int64_t> ChallengeStore::ReportIds(std::int64_t partnership_id) {
  std::vector<std::int64_t> ids;
  for (const auto& r : db_.Query("SELECT id FROM agency_reports WHERE partnership_id = ?", {partnership_id}))
    ids.push_back(r.Int(0));
  return ids;
}

std::optional<AgencyReport> ChallengeStore::FindReport(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kReportColumns) + "WHERE r.partnership_id = ? AND r.id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  return ReportFromRow(*r);
}

std::int64_t ChallengeStore::AddReport(std::int64_t partnership_id, const AgencyReport& x) {
  return db_.Insert(
      "INSERT INTO agency_reports (partnership_id, kind, title, agency_id, from_name, period, received_on, "
      "considered_at_meeting_id, purpose, key_findings, strengths, shortcomings, actions_for_board, comment, assurance) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      ReportValues(x, {partnership_id}));
}

void ChallengeStore::UpdateReport(std::int64_t partnership_id, const AgencyReport& x) {
  auto values = ReportValues(x);
  values.insert(values.end(), {partnership_id, x.id});
  db_.Exec("UPDATE agency_reports SET kind = ?, title = ?, agency_id = ?, from_name = ?, period = ?, received_on = ?, "
           "considered_at_meeting_id = ?, purpose = ?, key_findings = ?, strengths = ?, shortcomings = ?, "
           "actions_for_board = ?, comment = ?, assurance = ? WHERE partnership_id = ? AND id = ?",
           values);
}

std::vector<RemedialPlan> ChallengeStore::PlansWhere(const std::string& condition, const storage::Params& params) {
  std::vector<RemedialPlan> out;
  for (const auto& r : db_.Query(
           "SELECT p.id, p.agency_id, p.agency_report_id, p.shortcomings, p.plan, p.agreed_on, p.review_due_on, "
           "p.escalated_on, p.dcs_consulted_on, p.concerns_explained_on, p.closed_on, a.name FROM remedial_plans p "
           "JOIN agencies a ON a.id = p.agency_id WHERE " + condition +
               " ORDER BY (CASE WHEN p.closed_on IS NULL THEN 0 ELSE 1 END), p.review_due_on, p.id",
           params)) {
    RemedialPlan p;
    p.id = r.Int(0);
    p.agency_id = r.Int(1);
    p.agency_report_id = r.OptInt(2);
    p.shortcomings = r.Text(3);
    p.plan = r.Text(4);
    p.agreed_on = *core::ParseDate(r.Text(5));
    p.review_due_on = *core::ParseDate(r.Text(6));
    p.escalated_on = r.OptDate(7);
    p.dcs_consulted_on = r.OptDate(8);
    p.concerns_explained_on = r.OptDate(9);
    p.closed_on = r.OptDate(10);
    p.agency_name = r.Text(11);
    for (const auto& v : db_.Query("SELECT id, reviewed_on, meeting_id, outcome, impact FROM remedial_plan_reviews "
                                   "WHERE plan_id = ? ORDER BY reviewed_on, id",
                                   {p.id}))
      p.reviews.push_back({v.Int(0), *core::ParseDate(v.Text(1)), v.OptInt(2),
                           core::ParseCode(ReviewOutcomes(), v.Text(3)).value_or(ReviewOutcome::kOnTrack), v.Text(4)});
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<RemedialPlan> ChallengeStore::Plans(std::int64_t partnership_id) {
  return PlansWhere("p.partnership_id = ?", {partnership_id});
}

std::vector<RemedialPlan> ChallengeStore::PlansOfReport(std::int64_t partnership_id, std::int64_t report_id) {
  return PlansWhere("p.partnership_id = ? AND p.agency_report_id = ?", {partnership_id, report_id});
}

std::optional<RemedialPlan> ChallengeStore::FindPlan(std::int64_t partnership_id, std::int64_t id) {
  auto plans = PlansWhere("p.partnership_id = ? AND p.id = ?", {partnership_id, id});
  if (plans.empty()) return std::nullopt;
  return plans.front();
}

std::int64_t ChallengeStore::AddPlan(std::int64_t partnership_id, const RemedialPlan& p) {
  return db_.Insert(
      "INSERT INTO remedial_plans (partnership_id, agency_id, agency_report_id, shortcomings, plan, agreed_on, "
      "review_due_on) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, p.agency_id, storage::Nullable(p.agency_report_id), p.shortcomings, p.plan,
       core::FormatDate(p.agreed_on), core::FormatDate(p.review_due_on)});
}

void ChallengeStore::AddReview(std::int64_t partnership_id, std::int64_t plan_id, const PlanReview& review,
                               const std::optional<Date>& next_review) {
  if (!FindPlan(partnership_id, plan_id)) throw std::runtime_error("review of a plan of another partnership");
  db_.Exec("INSERT INTO remedial_plan_reviews (plan_id, reviewed_on, meeting_id, outcome, impact) VALUES (?, ?, ?, ?, ?)",
           {plan_id, core::FormatDate(review.reviewed_on), storage::Nullable(review.meeting_id),
            std::string(core::CodeOf(ReviewOutcomes(), review.outcome)), review.impact});
  if (next_review)
    db_.Exec("UPDATE remedial_plans SET review_due_on = ? WHERE partnership_id = ? AND id = ?",
             {core::FormatDate(*next_review), partnership_id, plan_id});
  else
    db_.Exec("UPDATE remedial_plans SET closed_on = ? WHERE partnership_id = ? AND id = ?",
             {core::FormatDate(review.reviewed_on), partnership_id, plan_id});
}

void ChallengeStore::SaveEscalation(std::int64_t partnership_id, const RemedialPlan& p) {
  db_.Exec("UPDATE remedial_plans SET escalated_on = ?, dcs_consulted_on = ?, concerns_explained_on = ? "
           "WHERE partnership_id = ? AND id = ?",
           {storage::NullableDate(p.escalated_on), storage::NullableDate(p.dcs_consulted_on),
            storage::NullableDate(p.concerns_explained_on), partnership_id, p.id});
}

}  // namespace safeboard::assurance
