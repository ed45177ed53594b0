// Case review storage.
#include "casereviews/store.h"

#include "core/financial_year.h"

namespace safeboard::casereviews {
namespace {

using storage::Nullable;
using storage::Row;
using storage::Value;

std::optional<Date> DateAt(const Row& r, std::size_t i) {
  auto text = r.OptText(i);
  return text ? core::ParseDate(*text) : std::nullopt;
}
Value DateValue(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return core::FormatDate(*d);
}
template <typename Enum>
std::optional<Enum> EnumAt(std::span<const core::Term<Enum>> terms, const Row& r, std::size_t i) {
  auto text = r.OptText(i);
  return text ? core::ParseCode(terms, *text) : std::nullopt;
}
template <typename Enum>
Value EnumValue(std::span<const core::Term<Enum>> terms, const std::optional<Enum>& v) {
  if (!v) return nullptr;
  return std::string(core::CodeOf(terms, *v));
}

constexpr const char* kReferralColumns =
    "r.id, r.partnership_id, r.reference, r.referred_on, r.referring_agency_id, r.from_child_death_id, "
    "r.summary, r.meeting_id, m.meets_on, r.decision, r.follow_up, r.follow_up_agency_id, r.decision_notes";
constexpr const char* kReferralFrom = " FROM case_referrals r LEFT JOIN meetings m ON m.id = r.meeting_id ";

Referral ReferralFromRow(const Row& r) {
  Referral out;
  out.id = r.Int(0);
  out.partnership_id = r.Int(1);
  out.reference = r.Text(2);
  out.referred_on = DateAt(r, 3).value_or(Date{});
  out.referring_agency_id = r.OptInt(4);
  out.from_child_death_id = r.OptInt(5);
  out.summary = r.Text(6);
  out.meeting_id = r.OptInt(7);
  out.considered_on = DateAt(r, 8);
  out.decision = EnumAt(Decisions(), r, 9);
  out.follow_up = EnumAt(FollowUps(), r, 10).value_or(FollowUp::kNone);
  out.follow_up_agency_id = r.OptInt(11);
  out.decision_notes = r.Text(12);
  return out;
}

constexpr const char* kReviewColumns =
    "id, referral_id, terms_of_reference, overview_author, overview_report, grading, endorsed_on";
Review ReviewFromRow(const Row& r, std::size_t at = 0) {
  return Review{r.Int(at), r.Int(at + 1), r.Text(at + 2), r.Text(at + 3), r.Text(at + 4),
                EnumAt(Gradings(), r, at + 5), DateAt(r, at + 6)};
}

}  // namespace

std::int64_t CaseReviewStore::CreateReferral(std::int64_t partnership_id, Referral& referral) {
  int year = core::FinancialYearOf(referral.referred_on);
  std::string prefix = core::YearlyReference("CR", year, 0).substr(0, 8);  // "CR-2011-"
  auto count = db_.QueryOne("SELECT COUNT(*) FROM case_referrals WHERE partnership_id = ? AND reference LIKE ?",
                            {partnership_id, prefix + "%"});
  referral.partnership_id = partnership_id;
  referral.reference = core::YearlyReference("CR", year, static_cast<int>(count->Int(0)) + 1);
  referral.id = db_.Insert(
      "INSERT INTO case_referrals (partnership_id, reference, referred_on, referring_agency_id, "
      "from_child_death_id, summary) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, referral.reference, core::FormatDate(referral.referred_on),
       Nullable(referral.referring_agency_id), Nullable(referral.from_child_death_id), referral.summary});
  return referral.id;
}

std::vector<Referral> CaseReviewStore::Referrals(std::int64_t partnership_id) {
  std::vector<Referral> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kReferralColumns + kReferralFrom +
                                     "WHERE r.partnership_id = ? ORDER BY r.referred_on DESC, r.id DESC",
                                 {partnership_id}))
    out.push_back(ReferralFromRow(r));
  return out;
}

std::optional<Referral> CaseReviewStore::FindReferral(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kReferralColumns + kReferralFrom +
                            "WHERE r.partnership_id = ? AND r.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return ReferralFromRow(*r);
}

void CaseReviewStore::RecordDecision(std::int64_t partnership_id, const Referral& r) {
  db_.Exec(
      "UPDATE case_referrals SET meeting_id = ?, decision = ?, follow_up = ?, follow_up_agency_id = ?, "
      "decision_notes = ? WHERE partnership_id = ? AND id = ?",
      {Nullable(r.meeting_id), EnumValue(Decisions(), r.decision),
       std::string(core::CodeOf(FollowUps(), r.follow_up)), Nullable(r.follow_up_agency_id), r.decision_notes,
       partnership_id, r.id});
  if (r.decision == Decision::kSeriousCaseReview && !ReviewOfReferral(partnership_id, r.id))
    db_.Insert("INSERT INTO case_reviews (partnership_id, referral_id) VALUES (?, ?) RETURNING id",
               {partnership_id, r.id});
}

std::map<std::int64_t, Date> CaseReviewStore::PanelMeetings(std::int64_t partnership_id) {
  std::map<std::int64_t, Date> out;
  for (const auto& r : db_.Query(
           "SELECT m.id, m.meets_on FROM meetings m JOIN partnership_groups g ON g.id = m.group_id "
           "WHERE m.partnership_id = ? AND g.confidential_area = 'case_reviews' AND m.cancelled = 0",
           {partnership_id}))
    if (auto on = DateAt(r, 1)) out.emplace(r.Int(0), *on);
  return out;
}

std::vector<std::pair<Review, Referral>> CaseReviewStore::Reviews(std::int64_t partnership_id) {
  std::vector<std::pair<Review, Referral>> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kReferralColumns +
                                     ", v.id, v.referral_id, v.terms_of_reference, v.overview_author, "
                                     "v.overview_report, v.grading, v.endorsed_on" + kReferralFrom +
                                     "JOIN case_reviews v ON v.referral_id = r.id "
                                     "WHERE r.partnership_id = ? ORDER BY r.referred_on DESC, r.id DESC",
                                 {partnership_id}))
    out.emplace_back(ReviewFromRow(r, 13), ReferralFromRow(r));
  return out;
}

std::optional<Review> CaseReviewStore::FindReview(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kReviewColumns +
                            " FROM case_reviews WHERE partnership_id = ? AND id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return ReviewFromRow(*r);
}

std::optional<Review> CaseReviewStore::ReviewOfReferral(std::int64_t partnership_id, std::int64_t referral_id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kReviewColumns +
                            " FROM case_reviews WHERE partnership_id = ? AND referral_id = ?",
                        {partnership_id, referral_id});
  if (!r) return std::nullopt;
  return ReviewFromRow(*r);
}

void CaseReviewStore::SaveReviewDetails(std::int64_t partnership_id, const Review& v) {
  db_.Exec(
      "UPDATE case_reviews SET terms_of_reference = ?, overview_author = ?, overview_report = ?, grading = ?, "
      "endorsed_on = ? WHERE partnership_id = ? AND id = ?",
      {v.terms_of_reference, v.overview_author, v.overview_report, EnumValue(Gradings(), v.grading),
       DateValue(v.endorsed_on), partnership_id, v.id});
}

std::vector<ManagementReview> CaseReviewStore::ManagementReviews(std::int64_t review_id) {
  std::vector<ManagementReview> out;
  for (const auto& r : db_.Query("SELECT i.id, i.review_id, i.agency_id, i.due_on, i.received_on "
                                 "FROM case_review_imrs i JOIN agencies a ON a.id = i.agency_id "
                                 "WHERE i.review_id = ? ORDER BY a.name",
                                 {review_id}))
    out.push_back({r.Int(0), r.Int(1), r.Int(2), DateAt(r, 3).value_or(Date{}), DateAt(r, 4)});
  return out;
}

std::int64_t CaseReviewStore::AddManagementReview(const ManagementReview& i) {
  return db_.Insert(
      "INSERT INTO case_review_imrs (review_id, agency_id, due_on, received_on) VALUES (?, ?, ?, ?) RETURNING id",
      {i.review_id, i.agency_id, core::FormatDate(i.due_on), DateValue(i.received_on)});
}

std::vector<Recommendation> CaseReviewStore::Recommendations(std::int64_t review_id) {
  std::vector<Recommendation> out;
  for (const auto& r : db_.Query("SELECT id, review_id, agency_id, text, signed_off_on FROM "
                                 "case_review_recommendations WHERE review_id = ? ORDER BY id",
                                 {review_id}))
    out.push_back({r.Int(0), r.Int(1), r.Int(2), r.Text(3), DateAt(r, 4), {}});
  for (auto& rec : out)
    for (const auto& r : db_.Query("SELECT id, recommendation_id, action, due_on, completed_on FROM "
                                   "case_review_action_items WHERE recommendation_id = ? ORDER BY due_on, id",
                                   {rec.id}))
      rec.actions.push_back({r.Int(0), r.Int(1), r.Text(2), DateAt(r, 3).value_or(Date{}), DateAt(r, 4)});
  return out;
}

std::optional<Recommendation> CaseReviewStore::FindRecommendation(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(
      "SELECT c.review_id FROM case_review_recommendations c JOIN case_reviews v ON v.id = c.review_id "
      "WHERE v.partnership_id = ? AND c.id = ?",
      {partnership_id, id});
  if (!r) return std::nullopt;
  for (auto& rec : Recommendations(r->Int(0)))
    if (rec.id == id) return rec;
  return std::nullopt;
}

std::int64_t CaseReviewStore::AddRecommendation(const Recommendation& c) {
  return db_.Insert(
      "INSERT INTO case_review_recommendations (review_id, agency_id, text) VALUES (?, ?, ?) RETURNING id",
      {c.review_id, c.agency_id, c.text});
}

std::int64_t CaseReviewStore::AddActionItem(const ActionItem& a) {
  return db_.Insert(
      "INSERT INTO case_review_action_items (recommendation_id, action, due_on, completed_on) "
      "VALUES (?, ?, ?, ?) RETURNING id",
      {a.recommendation_id, a.action, core::FormatDate(a.due_on), DateValue(a.completed_on)});
}

void CaseReviewStore::SignOff(std::int64_t recommendation_id, const Date& on) {
  db_.Exec("UPDATE case_review_recommendations SET signed_off_on = ? WHERE id = ?",
           {core::FormatDate(on), recommendation_id});
}

std::vector<Audit> CaseReviewStore::Audits(std::int64_t review_id) {
  std::vector<Audit> out;
  for (const auto& r : db_.Query(
           "SELECT id, review_id, audited_on, finding FROM case_review_audits WHERE review_id = ? ORDER BY audited_on, id",
           {review_id}))
    out.push_back({r.Int(0), r.Int(1), DateAt(r, 2).value_or(Date{}), r.Text(3)});
  return out;
}

std::int64_t CaseReviewStore::AddAudit(const Audit& a) {
  return db_.Insert("INSERT INTO case_review_audits (review_id, audited_on, finding) VALUES (?, ?, ?) RETURNING id",
                    {a.review_id, core::FormatDate(a.audited_on), a.finding});
}

std::int64_t CaseReviewStore::AddBriefing(std::int64_t partnership_id, std::int64_t referral_id,
                                          std::int64_t group_id, const Date& on, const std::string& learning) {
  return db_.Insert(
      "INSERT INTO case_review_briefings (partnership_id, referral_id, group_id, requested_on, learning) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, referral_id, group_id, core::FormatDate(on), learning});
}

namespace {
std::vector<Briefing> BriefingsWhere(storage::Connection& db, const std::string& where, const storage::Params& p) {
  std::vector<Briefing> out;
  for (const auto& r : db.Query("SELECT b.id, r.reference, b.group_id, b.requested_on, b.learning FROM "
                                "case_review_briefings b JOIN case_referrals r ON r.id = b.referral_id WHERE " +
                                    where + " ORDER BY b.requested_on DESC, b.id DESC",
                                p))
    out.push_back({r.Int(0), r.Text(1), r.Int(2), DateAt(r, 3).value_or(Date{}), r.Text(4)});
  return out;
}
}  // namespace

std::vector<Briefing> CaseReviewStore::BriefingsOfReferral(std::int64_t partnership_id, std::int64_t referral_id) {
  return BriefingsWhere(db_, "b.partnership_id = ? AND b.referral_id = ?", {partnership_id, referral_id});
}

std::vector<Briefing> CaseReviewStore::BriefingsForGroup(std::int64_t partnership_id, std::int64_t group_id) {
  return BriefingsWhere(db_, "b.partnership_id = ? AND b.group_id = ?", {partnership_id, group_id});
}

std::vector<AuditDue> CaseReviewStore::AuditsDue(std::int64_t partnership_id) {
  std::vector<AuditDue> out;
  for (const auto& [review, referral] : Reviews(partnership_id)) {
    auto recommendations = Recommendations(review.id);
    auto audits = Audits(review.id);
    if (auto due = NextAuditDue(review, recommendations, audits)) out.push_back({referral.reference, *due});
  }
  return out;
}

}  // namespace safeboard::casereviews
