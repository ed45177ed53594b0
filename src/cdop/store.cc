// Child death review storage.
#include "cdop/store.h"

#include "casereviews/store.h"

namespace safeboard::cdop {
namespace {

using storage::Row;

Date DateAt(const Row& r, std::size_t i) { return core::ParseDate(r.Text(i)).value_or(Date{}); }

template <typename Enum>
Enum EnumAt(std::span<const core::Term<Enum>> terms, const Row& r, std::size_t i) {
  return core::ParseCode(terms, r.Text(i)).value_or(terms.front().value);
}

constexpr const char* kCaseColumns =
    "id, partnership_id, reference, date_of_birth, date_of_death, sex, normally_resident, place_of_death, "
    "expected, notified_by, notified_on";
Case CaseFromRow(const Row& r) {
  Case c;
  c.id = r.Int(0);
  c.partnership_id = r.Int(1);
  c.reference = r.Text(2);
  c.date_of_birth = DateAt(r, 3);
  c.date_of_death = DateAt(r, 4);
  c.sex = EnumAt(Sexes(), r, 5);
  c.normally_resident = r.Bool(6);
  c.place_of_death = EnumAt(PlacesOfDeath(), r, 7);
  c.expected = EnumAt(Expectations(), r, 8);
  c.notified_by = r.Text(9);
  c.notified_on = DateAt(r, 10);
  return c;
}

constexpr const char* kReviewColumns =
    "v.notification_id, v.meeting_id, v.reviewed_on, v.category, v.modifiable, v.modifiable_factors, v.sudi, "
    "v.safeguarding_concern, v.lessons, v.recommendation_areas";
CaseReview ReviewFromRow(const Row& r) {
  CaseReview v;
  v.case_id = r.Int(0);
  v.meeting_id = r.OptInt(1);
  v.reviewed_on = DateAt(r, 2);
  v.category = EnumAt(Categories(), r, 3);
  v.modifiable = EnumAt(ModifiableFindings(), r, 4);
  v.modifiable_factors = r.Text(5);
  v.sudi = r.Bool(6);
  v.safeguarding_concern = r.Bool(7);
  v.lessons = r.Text(8);
  v.recommendation_areas = DecodeAreas(r.Text(9));
  return v;
}

}  // namespace

std::int64_t CdopStore::Notify(std::int64_t partnership_id, Case& c) {
  int year = core::FinancialYearOf(c.notified_on);
  auto count = db_.QueryOne(
      "SELECT COUNT(*) FROM child_death_notifications WHERE partnership_id = ? AND reference LIKE ?",
      {partnership_id, CaseReference(year, 0).substr(0, 8) + "%"});
  c.partnership_id = partnership_id;
  c.reference = CaseReference(year, static_cast<int>(count->Int(0)) + 1);
  c.id = db_.Insert(
      "INSERT INTO child_death_notifications (partnership_id, reference, date_of_birth, date_of_death, sex, "
      "normally_resident, place_of_death, expected, notified_by, notified_on) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, c.reference, core::FormatDate(c.date_of_birth), core::FormatDate(c.date_of_death),
       std::string(core::CodeOf(Sexes(), c.sex)), std::int64_t{c.normally_resident},
       std::string(core::CodeOf(PlacesOfDeath(), c.place_of_death)),
       std::string(core::CodeOf(Expectations(), c.expected)), c.notified_by, core::FormatDate(c.notified_on)});
  return c.id;
}

std::vector<Case> CdopStore::Cases(std::int64_t partnership_id) {
  std::vector<Case> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kCaseColumns +
                                     " FROM child_death_notifications WHERE partnership_id = ? "
                                     "ORDER BY notified_on DESC, id DESC",
                                 {partnership_id}))
    out.push_back(CaseFromRow(r));
  return out;
}

std::optional<Case> CdopStore::FindCase(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kCaseColumns +
                            " FROM child_death_notifications WHERE partnership_id = ? AND id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return CaseFromRow(*r);
}

std::optional<CaseReview> CdopStore::ReviewOf(std::int64_t case_id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kReviewColumns +
                            " FROM child_death_reviews v WHERE v.notification_id = ?",
                        {case_id});
  if (!r) return std::nullopt;
  return ReviewFromRow(*r);
}

std::map<std::int64_t, CaseReview> CdopStore::Reviews(std::int64_t partnership_id) {
  std::map<std::int64_t, CaseReview> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kReviewColumns +
                                     " FROM child_death_reviews v JOIN child_death_notifications n "
                                     "ON n.id = v.notification_id WHERE n.partnership_id = ?",
                                 {partnership_id})) {
    auto v = ReviewFromRow(r);
    out.emplace(v.case_id, std::move(v));
  }
  return out;
}

std::optional<std::int64_t> CdopStore::RecordReview(std::int64_t partnership_id, const Case& c,
                                                    const CaseReview& v, const std::string& referral_summary) {
  db_.Exec("DELETE FROM child_death_reviews WHERE notification_id = ?", {c.id});
  db_.Exec(
      "INSERT INTO child_death_reviews (notification_id, meeting_id, reviewed_on, category, modifiable, "
      "modifiable_factors, sudi, safeguarding_concern, lessons, recommendation_areas) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {c.id, storage::Nullable(v.meeting_id), core::FormatDate(v.reviewed_on),
       std::string(core::CodeOf(Categories(), v.category)),
       std::string(core::CodeOf(ModifiableFindings(), v.modifiable)), v.modifiable_factors,
       std::int64_t{v.sudi}, std::int64_t{v.safeguarding_concern}, v.lessons, EncodeAreas(v.recommendation_areas)});
  if (!v.safeguarding_concern || ReferralOf(partnership_id, c.id)) return std::nullopt;
  casereviews::Referral referral;
  referral.referred_on = v.reviewed_on;
  referral.from_child_death_id = c.id;
  referral.summary = referral_summary;
  return casereviews::CaseReviewStore(db_).CreateReferral(partnership_id, referral);
}

std::optional<std::int64_t> CdopStore::ReferralOf(std::int64_t partnership_id, std::int64_t case_id) {
  auto r = db_.QueryOne("SELECT id FROM case_referrals WHERE partnership_id = ? AND from_child_death_id = ?",
                        {partnership_id, case_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

std::map<std::int64_t, Date> CdopStore::PanelMeetings(std::int64_t partnership_id) {
  std::map<std::int64_t, Date> out;
  for (const auto& r : db_.Query(
           "SELECT m.id, m.meets_on FROM meetings m JOIN partnership_groups g ON g.id = m.group_id "
           "WHERE m.partnership_id = ? AND g.confidential_area = 'child_deaths' AND m.cancelled = 0",
           {partnership_id}))
    out.emplace(r.Int(0), DateAt(r, 1));
  return out;
}

std::vector<HistoryYear> CdopStore::History(std::int64_t partnership_id) {
  std::vector<HistoryYear> out;
  for (const auto& r : db_.Query(
           "SELECT period, deaths FROM child_death_history WHERE partnership_id = ? ORDER BY period",
           {partnership_id}))
    out.push_back({r.Text(0), static_cast<int>(r.Int(1))});
  return out;
}

void CdopStore::SetHistory(std::int64_t partnership_id, const HistoryYear& year) {
  db_.Exec("DELETE FROM child_death_history WHERE partnership_id = ? AND period = ?", {partnership_id, year.period});
  db_.Exec("INSERT INTO child_death_history (partnership_id, period, deaths) VALUES (?, ?, ?)",
           {partnership_id, year.period, std::int64_t{year.deaths}});
}

std::pair<std::vector<Notification>, std::vector<Review>> CdopStore::StatisticsInputs(std::int64_t partnership_id) {
  std::pair<std::vector<Notification>, std::vector<Review>> out;
  for (const auto& r : db_.Query(
           "SELECT date_of_death, notified_on, normally_resident FROM child_death_notifications WHERE partnership_id = ?",
           {partnership_id}))
    out.first.push_back({DateAt(r, 0), DateAt(r, 1), r.Bool(2)});
  for (const auto& r : db_.Query(
           "SELECT v.reviewed_on, n.date_of_death, v.category, v.modifiable, v.recommendation_areas "
           "FROM child_death_reviews v JOIN child_death_notifications n ON n.id = v.notification_id "
           "WHERE n.partnership_id = ?",
           {partnership_id}))
    out.second.push_back({DateAt(r, 0), DateAt(r, 1), EnumAt(Categories(), r, 2), EnumAt(ModifiableFindings(), r, 3),
                          DecodeAreas(r.Text(4))});
  return out;
}

}  // namespace safeboard::cdop
