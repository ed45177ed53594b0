#include "procedures/store.h"

#include <algorithm>
#include <map>

namespace safeboard::procedures {
namespace {

// 5.2 before 5.12: the numbers compared part by part.
std::vector<int> NumberParts(const std::string& number) {
  std::vector<int> parts;
  std::size_t start = 0;
  while (start <= number.size()) {
    auto dot = number.find('.', start);
    auto part = number.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    parts.push_back(part.empty() ? 0 : std::atoi(part.c_str()));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return parts;
}

constexpr const char* kInChapters =
    "chapter_id IN (SELECT id FROM procedure_chapters WHERE partnership_id = ?)";

}  // namespace

std::vector<Chapter> ProcedureStore::ChaptersWhere(const std::string& condition, const storage::Params& params) {
  std::vector<Chapter> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : db_.Query("SELECT c.id, c.number, c.title, c.owner_group_id, c.status, c.last_reviewed_on, "
                                 "c.next_review_on, COALESCE(g.name, '') FROM procedure_chapters c LEFT JOIN "
                                 "partnership_groups g ON g.id = c.owner_group_id WHERE " +
                                     condition,
                                 params)) {
    Chapter c;
    c.id = r.Int(0);
    c.number = r.Text(1);
    c.title = r.Text(2);
    c.owner_group_id = r.OptInt(3);
    c.status = core::ParseCode(ChapterStatuses(), r.Text(4)).value_or(ChapterStatus::kCurrent);
    c.last_reviewed_on = r.OptDate(5);
    c.next_review_on = r.OptDate(6);
    c.owner_group_name = r.Text(7);
    index[c.id] = out.size();
    out.push_back(std::move(c));
  }
  if (out.empty()) return out;
  // The amendments and documents of the same chapters, in one query each.
  std::string ids;
  for (const auto& c : out) ids += (ids.empty() ? "" : ", ") + std::to_string(c.id);
  for (const auto& r : db_.Query("SELECT id, chapter_id, amended_on, note FROM procedure_amendments WHERE chapter_id IN (" +
                                 ids + ") ORDER BY amended_on DESC, id DESC")) {
    auto& c = out[index.at(r.Int(1))];
    c.amendments.push_back({r.Int(0), c.id, *r.OptDate(2), r.Text(3), c.number, c.title});
  }
  for (const auto& r : db_.Query("SELECT chapter_id, document_id FROM procedure_chapter_documents WHERE chapter_id IN (" +
                                 ids + ") ORDER BY document_id"))
    out[index.at(r.Int(0))].document_ids.push_back(r.Int(1));
  std::stable_sort(out.begin(), out.end(),
                   [](const Chapter& a, const Chapter& b) { return NumberParts(a.number) < NumberParts(b.number); });
  return out;
}

std::vector<Chapter> ProcedureStore::Chapters(std::int64_t partnership_id) {
  return ChaptersWhere("c.partnership_id = ?", {partnership_id});
}

std::optional<Chapter> ProcedureStore::FindChapter(std::int64_t partnership_id, std::int64_t id) {
  auto found = ChaptersWhere("c.partnership_id = ? AND c.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t ProcedureStore::AddChapter(std::int64_t partnership_id, const Chapter& c) {
  return db_.Insert("INSERT INTO procedure_chapters (partnership_id, number, title, owner_group_id, status, "
                    "last_reviewed_on, next_review_on) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, c.number, c.title, storage::Nullable(c.owner_group_id),
                     std::string(core::CodeOf(ChapterStatuses(), c.status)), storage::NullableDate(c.last_reviewed_on),
                     storage::NullableDate(c.next_review_on)});
}

void ProcedureStore::SaveChapter(std::int64_t partnership_id, const Chapter& c) {
  db_.Exec("UPDATE procedure_chapters SET number = ?, title = ?, owner_group_id = ?, status = ?, last_reviewed_on = ?, "
           "next_review_on = ? WHERE id = ? AND partnership_id = ?",
           {c.number, c.title, storage::Nullable(c.owner_group_id), std::string(core::CodeOf(ChapterStatuses(), c.status)),
            storage::NullableDate(c.last_reviewed_on), storage::NullableDate(c.next_review_on), c.id, partnership_id});
}

std::int64_t ProcedureStore::AddAmendment(std::int64_t partnership_id, const Amendment& a) {
  auto chapter = FindChapter(partnership_id, a.chapter_id);
  if (!chapter) throw std::logic_error("an amendment of another board's chapter");
  db_.Exec("UPDATE procedure_chapters SET status = 'current', last_reviewed_on = ? WHERE id = ? AND partnership_id = ?",
           {core::FormatDate(a.amended_on), a.chapter_id, partnership_id});
  return db_.Insert("INSERT INTO procedure_amendments (chapter_id, amended_on, note) VALUES (?, ?, ?) RETURNING id",
                    {a.chapter_id, core::FormatDate(a.amended_on), a.note});
}

std::vector<Amendment> ProcedureStore::AmendmentsLog(std::int64_t partnership_id) {
  std::vector<Amendment> out;
  for (const auto& r : db_.Query("SELECT a.id, a.chapter_id, a.amended_on, a.note, c.number, c.title FROM "
                                 "procedure_amendments a JOIN procedure_chapters c ON c.id = a.chapter_id WHERE "
                                 "c.partnership_id = ? ORDER BY a.amended_on DESC, a.id DESC",
                                 {partnership_id}))
    out.push_back({r.Int(0), r.Int(1), *r.OptDate(2), r.Text(3), r.Text(4), r.Text(5)});
  return out;
}

std::vector<LinkedDocument> ProcedureStore::Documents(std::int64_t partnership_id) {
  std::vector<LinkedDocument> out;
  for (const auto& r : db_.Query("SELECT id, title, description, approved_on, url FROM procedure_documents WHERE "
                                 "partnership_id = ? ORDER BY title, id",
                                 {partnership_id}))
    out.push_back({r.Int(0), r.Text(1), r.Text(2), r.OptDate(3), r.Text(4)});
  return out;
}

std::int64_t ProcedureStore::AddDocument(std::int64_t partnership_id, const LinkedDocument& d) {
  return db_.Insert("INSERT INTO procedure_documents (partnership_id, title, description, approved_on, url) VALUES "
                    "(?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, d.title, d.description, storage::NullableDate(d.approved_on), d.url});
}

void ProcedureStore::LinkDocument(std::int64_t partnership_id, std::int64_t chapter_id, std::int64_t document_id) {
  db_.Exec("INSERT INTO procedure_chapter_documents (chapter_id, document_id) SELECT c.id, d.id FROM procedure_chapters c "
           "JOIN procedure_documents d ON d.partnership_id = c.partnership_id WHERE c.id = ? AND d.id = ? AND "
           "c.partnership_id = ? AND NOT EXISTS (SELECT 1 FROM procedure_chapter_documents x WHERE x.chapter_id = c.id "
           "AND x.document_id = d.id)",
           {chapter_id, document_id, partnership_id});
}

std::vector<Trigger> ProcedureStore::Triggers(std::int64_t partnership_id) {
  std::vector<Trigger> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : db_.Query("SELECT id, kind, title, dated_on, referral_id FROM procedure_triggers WHERE "
                                 "partnership_id = ? ORDER BY dated_on DESC, id DESC",
                                 {partnership_id})) {
    Trigger t;
    t.id = r.Int(0);
    t.kind = core::ParseCode(TriggerKinds(), r.Text(1)).value_or(TriggerKind::kLocalNeed);
    t.title = r.Text(2);
    t.dated_on = *r.OptDate(3);
    t.referral_id = r.OptInt(4);
    index[t.id] = out.size();
    out.push_back(std::move(t));
  }
  for (const auto& r : db_.Query(std::string("SELECT trigger_id, chapter_id FROM procedure_trigger_chapters WHERE ") +
                                     kInChapters + " ORDER BY chapter_id",
                                 {partnership_id}))
    if (auto at = index.find(r.Int(0)); at != index.end()) out[at->second].chapter_ids.push_back(r.Int(1));
  return out;
}

std::int64_t ProcedureStore::AddTrigger(std::int64_t partnership_id, const Trigger& t) {
  auto id = db_.Insert("INSERT INTO procedure_triggers (partnership_id, kind, title, dated_on, referral_id) VALUES "
                       "(?, ?, ?, ?, ?) RETURNING id",
                       {partnership_id, std::string(core::CodeOf(TriggerKinds(), t.kind)), t.title,
                        core::FormatDate(t.dated_on), storage::Nullable(t.referral_id)});
  for (auto chapter : t.chapter_ids)
    db_.Exec("INSERT INTO procedure_trigger_chapters (trigger_id, chapter_id) SELECT ?, id FROM procedure_chapters "
             "WHERE id = ? AND partnership_id = ?",
             {id, chapter, partnership_id});
  return id;
}

std::vector<Review> ProcedureStore::ReviewsWhere(const std::string& condition, const storage::Params& params) {
  std::vector<Review> out;
  for (const auto& r : db_.Query("SELECT r.id, r.chapter_id, r.opened_on, r.draft, r.consultation_closes_on, "
                                 "r.ratified_decision_id, d.decided_on, r.published_on, COALESCE(d.text, '') FROM "
                                 "procedure_reviews r JOIN procedure_chapters c ON c.id = r.chapter_id LEFT JOIN decisions d "
                                 "ON d.id = r.ratified_decision_id WHERE c.partnership_id = ? AND " +
                                     condition + " ORDER BY r.opened_on DESC, r.id DESC",
                                 params)) {
    Review v;
    v.id = r.Int(0);
    v.chapter_id = r.Int(1);
    v.opened_on = *r.OptDate(2);
    v.draft = r.Text(3);
    v.consultation_closes_on = r.OptDate(4);
    v.ratified_decision_id = r.OptInt(5);
    v.ratified_on = r.OptDate(6);
    v.published_on = r.OptDate(7);
    v.ratified_text = r.Text(8);
    for (const auto& c : db_.Query("SELECT x.agency_id, x.sent_on, x.responded_on, x.response, a.name FROM "
                                   "procedure_consultees x JOIN agencies a ON a.id = x.agency_id WHERE x.review_id = ? "
                                   "ORDER BY a.name",
                                   {v.id}))
      v.consultees.push_back({c.Int(0), *c.OptDate(1), c.OptDate(2), c.Text(3), c.Text(4)});
    for (const auto& a : db_.Query("SELECT p.id, p.agency_id, p.approver, p.route, p.meeting_id, p.approved_on, a.name "
                                   "FROM procedure_approvals p JOIN agencies a ON a.id = p.agency_id WHERE p.review_id = ? "
                                   "ORDER BY p.id",
                                   {v.id}))
      v.approvals.push_back({a.Int(0), a.Int(1), a.Text(2),
                             core::ParseCode(ApprovalRoutes(), a.Text(3)).value_or(ApprovalRoute::kByEmail), a.OptInt(4),
                             *a.OptDate(5), a.Text(6)});
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<Review> ProcedureStore::ReviewsOf(std::int64_t partnership_id, std::int64_t chapter_id) {
  return ReviewsWhere("r.chapter_id = ?", {partnership_id, chapter_id});
}

std::optional<Review> ProcedureStore::FindReview(std::int64_t partnership_id, std::int64_t id) {
  auto found = ReviewsWhere("r.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t ProcedureStore::OpenReview(std::int64_t partnership_id, const Review& v) {
  if (!FindChapter(partnership_id, v.chapter_id)) throw std::logic_error("a review of another board's chapter");
  db_.Exec("UPDATE procedure_chapters SET status = 'under_review' WHERE id = ? AND partnership_id = ?",
           {v.chapter_id, partnership_id});
  return db_.Insert("INSERT INTO procedure_reviews (chapter_id, opened_on, draft) VALUES (?, ?, ?) RETURNING id",
                    {v.chapter_id, core::FormatDate(v.opened_on), v.draft});
}

namespace {
constexpr const char* kReviewOfBoard =
    " AND chapter_id IN (SELECT id FROM procedure_chapters WHERE partnership_id = ?)";
}

void ProcedureStore::SaveDraft(std::int64_t partnership_id, const Review& v) {
  db_.Exec(std::string("UPDATE procedure_reviews SET draft = ? WHERE id = ?") + kReviewOfBoard, {v.draft, v.id, partnership_id});
}

void ProcedureStore::AddConsultees(std::int64_t partnership_id, std::int64_t review_id, const std::vector<Consultee>& added,
                                   const Date& closes_on) {
  if (!FindReview(partnership_id, review_id)) throw std::logic_error("a consultation on another board's review");
  db_.Exec("UPDATE procedure_reviews SET consultation_closes_on = ? WHERE id = ?", {core::FormatDate(closes_on), review_id});
  for (const auto& c : added)
    db_.Exec("INSERT INTO procedure_consultees (review_id, agency_id, sent_on) VALUES (?, ?, ?)",
             {review_id, c.agency_id, core::FormatDate(c.sent_on)});
}

void ProcedureStore::SaveResponse(std::int64_t partnership_id, std::int64_t review_id, const Consultee& c) {
  db_.Exec("UPDATE procedure_consultees SET responded_on = ?, response = ? WHERE review_id = ? AND agency_id = ? AND "
           "review_id IN (SELECT r.id FROM procedure_reviews r JOIN procedure_chapters c ON c.id = r.chapter_id WHERE "
           "c.partnership_id = ?)",
           {storage::NullableDate(c.responded_on), c.response, review_id, c.agency_id, partnership_id});
}

std::int64_t ProcedureStore::AddApproval(std::int64_t partnership_id, std::int64_t review_id, const Approval& a) {
  if (!FindReview(partnership_id, review_id)) throw std::logic_error("an approval of another board's review");
  return db_.Insert("INSERT INTO procedure_approvals (review_id, agency_id, approver, route, meeting_id, approved_on) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {review_id, a.agency_id, a.approver, std::string(core::CodeOf(ApprovalRoutes(), a.route)),
                     storage::Nullable(a.meeting_id), core::FormatDate(a.approved_on)});
}

void ProcedureStore::SaveRatification(std::int64_t partnership_id, const Review& v) {
  db_.Exec(std::string("UPDATE procedure_reviews SET ratified_decision_id = ? WHERE id = ?") + kReviewOfBoard,
           {storage::Nullable(v.ratified_decision_id), v.id, partnership_id});
}

std::int64_t ProcedureStore::Publish(std::int64_t partnership_id, const Review& v, const Amendment& amendment) {
  db_.Exec(std::string("UPDATE procedure_reviews SET published_on = ? WHERE id = ?") + kReviewOfBoard,
           {core::FormatDate(amendment.amended_on), v.id, partnership_id});
  return AddAmendment(partnership_id, amendment);
}

std::vector<PolicyCheck> ProcedureStore::PolicyChecks(std::int64_t partnership_id) {
  std::vector<PolicyCheck> out;
  for (const auto& r : db_.Query("SELECT id, organisation, policy, checked_on, outcome, advice FROM procedure_policy_checks "
                                 "WHERE partnership_id = ? ORDER BY checked_on DESC, id DESC",
                                 {partnership_id}))
    out.push_back({r.Int(0), r.Text(1), r.Text(2), *r.OptDate(3),
                   core::ParseCode(PolicyOutcomes(), r.Text(4)).value_or(PolicyOutcome::kConsistent), r.Text(5)});
  return out;
}

std::int64_t ProcedureStore::AddPolicyCheck(std::int64_t partnership_id, const PolicyCheck& c) {
  return db_.Insert("INSERT INTO procedure_policy_checks (partnership_id, organisation, policy, checked_on, outcome, advice) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, c.organisation, c.policy, core::FormatDate(c.checked_on),
                     std::string(core::CodeOf(PolicyOutcomes(), c.outcome)), c.advice});
}

std::optional<Date> ProcedureStore::NextUpdate(std::int64_t partnership_id) {
  auto row = db_.QueryOne("SELECT next_update_on FROM procedure_manuals WHERE partnership_id = ?", {partnership_id});
  if (!row) return std::nullopt;
  return row->OptDate(0);
}

void ProcedureStore::SaveNextUpdate(std::int64_t partnership_id, const Date& on) {
  db_.Exec("INSERT INTO procedure_manuals (partnership_id, next_update_on) VALUES (?, ?) ON CONFLICT (partnership_id) "
           "DO UPDATE SET next_update_on = excluded.next_update_on",
           {partnership_id, core::FormatDate(on)});
}

}  // namespace safeboard::procedures
