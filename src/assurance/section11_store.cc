#include "assurance/section11_store.h"

#include <map>

#include "core/date.h"
#include "core/form_fields.h"

namespace safeboard::assurance {
namespace {

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

constexpr const char* kRoundColumns =
    "r.id, r.template_id, r.title, r.opens_on, r.returns_due_on, r.challenge_group_id, r.planned_audit_id, "
    "COALESCE(g.name, '') FROM section11_rounds r LEFT JOIN partnership_groups g ON g.id = r.challenge_group_id ";

Section11Round RoundFromRow(const storage::Row& r) {
  Section11Round round;
  round.id = r.Int(0);
  round.template_id = r.Int(1);
  round.title = r.Text(2);
  round.opens_on = *core::ParseDate(r.Text(3));
  round.returns_due_on = *core::ParseDate(r.Text(4));
  round.challenge_group_id = r.OptInt(5);
  round.planned_audit_id = r.OptInt(6);
  round.challenge_group_name = r.Text(7);
  return round;
}

constexpr const char* kReturnColumns =
    "t.id, t.round_id, t.agency_id, t.lead_person_id, t.submitted_on, a.name, COALESCE(p.full_name, '') "
    "FROM section11_returns t JOIN agencies a ON a.id = t.agency_id LEFT JOIN people p ON p.id = t.lead_person_id ";

Section11Return ReturnFromRow(const storage::Row& r) {
  return Section11Return{r.Int(0), r.Int(1), r.Int(2), r.OptInt(3), r.OptDate(4), r.Text(5), r.Text(6)};
}

constexpr const char* kActionColumns =
    "x.id, x.return_id, x.standard_id, x.description, x.owner, x.due_on, x.progress, x.completed_on "
    "FROM section11_actions x ";

Section11Action ActionFromRow(const storage::Row& r) {
  return Section11Action{r.Int(0),  r.Int(1),  r.Int(2), r.Text(3), r.Text(4), *core::ParseDate(r.Text(5)),
                         r.Text(6), r.OptDate(7)};
}

}  // namespace

std::vector<Section11Template> Section11Store::ListTemplates(std::int64_t partnership_id) {
  std::vector<Section11Template> out;
  for (const auto& r : db_.Query("SELECT id FROM section11_templates WHERE partnership_id = ? ORDER BY name, version",
                                 {partnership_id}))
    out.push_back(*FindTemplate(partnership_id, r.Int(0)));
  return out;
}

std::optional<Section11Template> Section11Store::FindTemplate(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(
      "SELECT id, name, version, grades, EXISTS (SELECT 1 FROM section11_rounds WHERE template_id = t.id) "
      "FROM section11_templates t WHERE partnership_id = ? AND id = ?",
      {partnership_id, id});
  if (!r) return std::nullopt;
  Section11Template t;
  t.id = r->Int(0);
  t.name = r->Text(1);
  t.version = static_cast<int>(r->Int(2));
  t.grades = core::SplitList(r->Text(3), "\n");
  t.in_use = r->Int(4) != 0;
  for (const auto& s : db_.Query("SELECT id, position, reference, title, guidance FROM section11_standards "
                                 "WHERE template_id = ? ORDER BY position, id",
                                 {id}))
    t.standards.push_back({s.Int(0), static_cast<int>(s.Int(1)), s.Text(2), s.Text(3), s.Text(4)});
  return t;
}

std::int64_t Section11Store::AddTemplate(std::int64_t partnership_id, const Section11Template& tmpl,
                                         std::optional<std::int64_t> based_on) {
  auto latest = db_.QueryOne("SELECT COALESCE(MAX(version), 0) FROM section11_templates WHERE partnership_id = ? AND name = ?",
                             {partnership_id, tmpl.name});
  std::int64_t version = latest->Int(0) + 1;
  auto id = db_.Insert(
      "INSERT INTO section11_templates (partnership_id, name, version, grades, based_on_template_id) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, tmpl.name, version, JoinLines(tmpl.grades), storage::Nullable(based_on)});
  for (const auto& s : tmpl.standards)
    db_.Exec("INSERT INTO section11_standards (template_id, position, reference, title, guidance) VALUES (?, ?, ?, ?, ?)",
             {id, std::int64_t{s.position}, s.reference, s.title, s.guidance});
  return id;
}

void Section11Store::ReplaceTemplate(std::int64_t partnership_id, const Section11Template& tmpl) {
  db_.Exec("UPDATE section11_templates SET name = ?, grades = ? WHERE partnership_id = ? AND id = ?",
           {tmpl.name, JoinLines(tmpl.grades), partnership_id, tmpl.id});
  db_.Exec("DELETE FROM section11_standards WHERE template_id = (SELECT id FROM section11_templates "
           "WHERE partnership_id = ? AND id = ?)",
           {partnership_id, tmpl.id});
  for (const auto& s : tmpl.standards)
    db_.Exec("INSERT INTO section11_standards (template_id, position, reference, title, guidance) VALUES (?, ?, ?, ?, ?)",
             {tmpl.id, std::int64_t{s.position}, s.reference, s.title, s.guidance});
}

std::vector<Section11Round> Section11Store::ListRounds(std::int64_t partnership_id) {
  std::vector<Section11Round> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kRoundColumns +
                                     "WHERE r.partnership_id = ? ORDER BY r.opens_on DESC, r.id DESC",
                                 {partnership_id}))
    out.push_back(RoundFromRow(r));
  return out;
}

std::optional<Section11Round> Section11Store::FindRound(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kRoundColumns + "WHERE r.partnership_id = ? AND r.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return RoundFromRow(*r);
}

std::int64_t Section11Store::AddRound(std::int64_t partnership_id, const Section11Round& round) {
  return db_.Insert(
      "INSERT INTO section11_rounds (partnership_id, template_id, title, opens_on, returns_due_on, challenge_group_id, "
      "planned_audit_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, round.template_id, round.title, core::FormatDate(round.opens_on),
       core::FormatDate(round.returns_due_on), storage::Nullable(round.challenge_group_id),
       storage::Nullable(round.planned_audit_id)});
}

std::optional<Section11Round> Section11Store::PreviousRound(std::int64_t partnership_id, const Section11Round& round) {
  auto r = db_.QueryOne(std::string("SELECT ") + kRoundColumns +
                            "WHERE r.partnership_id = ? AND (r.opens_on < ? OR (r.opens_on = ? AND r.id < ?)) "
                            "ORDER BY r.opens_on DESC, r.id DESC LIMIT 1",
                        {partnership_id, core::FormatDate(round.opens_on), core::FormatDate(round.opens_on), round.id});
  if (!r) return std::nullopt;
  return RoundFromRow(*r);
}

std::vector<Section11Return> Section11Store::ReturnsOf(std::int64_t partnership_id, std::int64_t round_id) {
  std::vector<Section11Return> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kReturnColumns +
                                     "WHERE t.partnership_id = ? AND t.round_id = ? ORDER BY a.name, t.id",
                                 {partnership_id, round_id}))
    out.push_back(ReturnFromRow(r));
  return out;
}

std::optional<Section11Return> Section11Store::FindReturn(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kReturnColumns + "WHERE t.partnership_id = ? AND t.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return ReturnFromRow(*r);
}

std::vector<Section11Return> Section11Store::ReturnsToSubmitBy(std::int64_t partnership_id, std::int64_t user_id) {
  std::vector<Section11Return> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kReturnColumns +
                                     "WHERE t.partnership_id = ? AND p.user_id = ? AND t.submitted_on IS NULL ORDER BY t.id",
                                 {partnership_id, user_id}))
    out.push_back(ReturnFromRow(r));
  return out;
}

std::int64_t Section11Store::AddReturn(std::int64_t partnership_id, const Section11Return& ret) {
  return db_.Insert(
      "INSERT INTO section11_returns (partnership_id, round_id, agency_id, lead_person_id, submitted_on) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, ret.round_id, ret.agency_id, storage::Nullable(ret.lead_person_id),
       storage::NullableDate(ret.submitted_on)});
}

std::int64_t Section11Store::StartReturn(std::int64_t partnership_id, const Section11Round& round,
                                         const Section11Template& tmpl, Section11Return ret) {
  ret.round_id = round.id;
  auto last = LastSubmittedReturn(partnership_id, ret.agency_id, round.id);
  if (last && !ret.lead_person_id) ret.lead_person_id = last->lead_person_id;
  ret.id = AddReturn(partnership_id, ret);
  if (!last) return ret.id;
  auto last_round = FindRound(partnership_id, last->round_id);
  auto last_template = FindTemplate(partnership_id, last_round->template_id);
  SaveAnswers(partnership_id, ret.id, CarriedAnswers(tmpl, *last_template, AnswersOf(partnership_id, last->id)));
  return ret.id;
}

void Section11Store::SetLead(std::int64_t partnership_id, std::int64_t return_id,
                             std::optional<std::int64_t> lead_person_id) {
  db_.Exec("UPDATE section11_returns SET lead_person_id = ? WHERE partnership_id = ? AND id = ?",
           {storage::Nullable(lead_person_id), partnership_id, return_id});
}

void Section11Store::SetSubmitted(std::int64_t partnership_id, std::int64_t return_id, std::optional<Date> submitted_on) {
  db_.Exec("UPDATE section11_returns SET submitted_on = ? WHERE partnership_id = ? AND id = ?",
           {storage::NullableDate(submitted_on), partnership_id, return_id});
}

std::optional<Section11Return> Section11Store::LastSubmittedReturn(std::int64_t partnership_id, std::int64_t agency_id,
                                                                   std::int64_t before_round_id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kReturnColumns +
                            "JOIN section11_rounds r ON r.id = t.round_id WHERE t.partnership_id = ? AND t.agency_id = ? "
                            "AND t.round_id <> ? AND r.opens_on <= (SELECT opens_on FROM section11_rounds WHERE id = ?) "
                            "AND t.submitted_on IS NOT NULL ORDER BY r.opens_on DESC, r.id DESC LIMIT 1",
                        {partnership_id, agency_id, before_round_id, before_round_id});
  if (!r) return std::nullopt;
  return ReturnFromRow(*r);
}

std::vector<Section11Answer> Section11Store::AnswersOf(std::int64_t partnership_id, std::int64_t return_id) {
  std::vector<Section11Answer> out;
  for (const auto& r : db_.Query(
           "SELECT n.standard_id, n.grade, n.evidence, n.challenge_outcome, n.agreed_grade, n.challenge_reason, "
           "n.challenged_on FROM section11_answers n JOIN section11_returns t ON t.id = n.return_id "
           "WHERE t.partnership_id = ? AND n.return_id = ?",
           {partnership_id, return_id})) {
    Section11Answer a;
    a.standard_id = r.Int(0);
    if (auto g = r.OptInt(1)) a.grade = static_cast<int>(*g);
    a.evidence = r.Text(2);
    if (auto c = r.OptText(3)) a.challenge = core::ParseCode(ChallengeOutcomes(), *c);
    if (auto g = r.OptInt(4)) a.agreed_grade = static_cast<int>(*g);
    a.challenge_reason = r.Text(5);
    a.challenged_on = r.OptDate(6);
    out.push_back(std::move(a));
  }
  return out;
}

void Section11Store::SaveAnswers(std::int64_t partnership_id, std::int64_t return_id,
                                 const std::vector<Section11Answer>& answers) {
  if (!FindReturn(partnership_id, return_id)) return;
  for (const auto& a : answers) {
    std::optional<std::int64_t> grade;
    if (a.grade) grade = *a.grade;
    db_.Exec("INSERT INTO section11_answers (return_id, standard_id, grade, evidence) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (return_id, standard_id) DO UPDATE SET grade = excluded.grade, evidence = excluded.evidence",
             {return_id, a.standard_id, storage::Nullable(grade), a.evidence});
  }
}

void Section11Store::SaveChallenge(std::int64_t partnership_id, std::int64_t return_id, const Section11Answer& a) {
  std::optional<std::int64_t> agreed;
  if (a.agreed_grade) agreed = *a.agreed_grade;
  std::optional<std::string> outcome;
  if (a.challenge) outcome = std::string(core::CodeOf(ChallengeOutcomes(), *a.challenge));
  db_.Exec("UPDATE section11_answers SET challenge_outcome = ?, agreed_grade = ?, challenge_reason = ?, challenged_on = ? "
           "WHERE return_id = (SELECT id FROM section11_returns WHERE partnership_id = ? AND id = ?) AND standard_id = ?",
           {storage::Nullable(outcome), storage::Nullable(agreed), a.challenge_reason,
            storage::NullableDate(a.challenged_on), partnership_id, return_id, a.standard_id});
}

std::vector<EvidenceFile> Section11Store::FilesOf(std::int64_t partnership_id, std::int64_t return_id) {
  std::vector<EvidenceFile> out;
  for (const auto& r : db_.Query(
           "SELECT f.id, f.return_id, f.standard_id, f.file_name, f.content_type, f.size_bytes FROM section11_evidence_files f "
           "JOIN section11_returns t ON t.id = f.return_id WHERE t.partnership_id = ? AND f.return_id = ? ORDER BY f.id",
           {partnership_id, return_id}))
    out.push_back({r.Int(0), r.Int(1), r.Int(2), r.Text(3), r.Text(4), r.Int(5)});
  return out;
}

std::int64_t Section11Store::AddFile(std::int64_t partnership_id, const EvidenceFile& f, const std::string& base64,
                                     const std::string& uploaded_at) {
  if (!FindReturn(partnership_id, f.return_id)) throw std::runtime_error("evidence for a return of another partnership");
  return db_.Insert(
      "INSERT INTO section11_evidence_files (return_id, standard_id, file_name, content_type, size_bytes, content, "
      "uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {f.return_id, f.standard_id, f.file_name, f.content_type, f.size_bytes, base64, uploaded_at});
}

std::optional<std::pair<EvidenceFile, std::string>> Section11Store::FileWithContent(std::int64_t partnership_id,
                                                                                    std::int64_t id) {
  auto r = db_.QueryOne(
      "SELECT f.id, f.return_id, f.standard_id, f.file_name, f.content_type, f.size_bytes, f.content "
      "FROM section11_evidence_files f JOIN section11_returns t ON t.id = f.return_id WHERE t.partnership_id = ? AND f.id = ?",
      {partnership_id, id});
  if (!r) return std::nullopt;
  return std::make_pair(EvidenceFile{r->Int(0), r->Int(1), r->Int(2), r->Text(3), r->Text(4), r->Int(5)}, r->Text(6));
}

std::vector<Section11Action> Section11Store::ActionsOf(std::int64_t partnership_id, std::int64_t return_id) {
  std::vector<Section11Action> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kActionColumns +
                                     "WHERE x.partnership_id = ? AND x.return_id = ? ORDER BY x.due_on, x.id",
                                 {partnership_id, return_id}))
    out.push_back(ActionFromRow(r));
  return out;
}

std::optional<Section11Action> Section11Store::FindAction(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kActionColumns + "WHERE x.partnership_id = ? AND x.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return ActionFromRow(*r);
}

std::int64_t Section11Store::AddAction(std::int64_t partnership_id, const Section11Action& a) {
  return db_.Insert(
      "INSERT INTO section11_actions (partnership_id, return_id, standard_id, description, owner, due_on, progress, "
      "completed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, a.return_id, a.standard_id, a.description, a.owner, core::FormatDate(a.due_on), a.progress,
       storage::NullableDate(a.completed_on)});
}

void Section11Store::UpdateActionProgress(std::int64_t partnership_id, const Section11Action& a) {
  db_.Exec("UPDATE section11_actions SET progress = ?, completed_on = ? WHERE partnership_id = ? AND id = ?",
           {a.progress, storage::NullableDate(a.completed_on), partnership_id, a.id});
}

std::vector<ReturnRecord> Section11Store::RecordsOf(std::int64_t partnership_id, std::int64_t round_id) {
  std::vector<ReturnRecord> out;
  for (auto& ret : ReturnsOf(partnership_id, round_id)) {
    ReturnRecord record{ret, AnswersOf(partnership_id, ret.id), ActionsOf(partnership_id, ret.id)};
    out.push_back(std::move(record));
  }
  return out;
}

}  // namespace safeboard::assurance
