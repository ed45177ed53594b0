#include "learning/store.h"

namespace safeboard::learning {

std::vector<Referral> LearningStore::Where(const std::string& condition, const storage::Params& params,
                                           const char* order) {
  std::vector<Referral> out;
  for (const auto& r : db_.Query("SELECT l.id, l.kind, l.source, l.source_id, l.source_label, l.need, l.raised_on, "
                                 "l.for_group_id, l.responded_on, l.response, COALESCE(g.name, '') "
                                 "FROM learning_referrals l LEFT JOIN partnership_groups g ON g.id = l.for_group_id WHERE " +
                                     condition + " ORDER BY " + order,
                                 params)) {
    Referral x;
    x.id = r.Int(0);
    x.kind = core::ParseCode(ReferralKinds(), r.Text(1)).value_or(ReferralKind::kTrainingNeed);
    x.source = core::ParseCode(ReferralSources(), r.Text(2)).value_or(ReferralSource::kPlannedAudit);
    x.source_id = r.Int(3);
    x.source_label = r.Text(4);
    x.need = r.Text(5);
    x.raised_on = *r.OptDate(6);
    x.for_group_id = r.OptInt(7);
    x.responded_on = r.OptDate(8);
    x.response = r.Text(9);
    x.for_group_name = r.Text(10);
    out.push_back(std::move(x));
  }
  return out;
}

std::vector<Referral> LearningStore::List(std::int64_t partnership_id, std::optional<ReferralKind> kind) {
  if (kind)
    return Where("l.partnership_id = ? AND l.kind = ?", {partnership_id, std::string(core::CodeOf(ReferralKinds(), *kind))},
                 "l.raised_on DESC, l.id DESC");
  return Where("l.partnership_id = ?", {partnership_id}, "l.raised_on DESC, l.id DESC");
}

std::vector<Referral> LearningStore::From(std::int64_t partnership_id, ReferralSource source, std::int64_t source_id) {
  return Where("l.partnership_id = ? AND l.source = ? AND l.source_id = ?",
               {partnership_id, std::string(core::CodeOf(ReferralSources(), source)), source_id}, "l.raised_on, l.id");
}

std::optional<Referral> LearningStore::Find(std::int64_t partnership_id, std::int64_t id) {
  auto found = Where("l.partnership_id = ? AND l.id = ?", {partnership_id, id}, "l.id");
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t LearningStore::Add(std::int64_t partnership_id, const Referral& x) {
  return db_.Insert("INSERT INTO learning_referrals (partnership_id, kind, source, source_id, source_label, need, raised_on, "
                    "for_group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, std::string(core::CodeOf(ReferralKinds(), x.kind)),
                     std::string(core::CodeOf(ReferralSources(), x.source)), x.source_id, x.source_label, x.need,
                     core::FormatDate(x.raised_on), storage::Nullable(x.for_group_id)});
}

void LearningStore::SaveResponse(std::int64_t partnership_id, const Referral& x) {
  db_.Exec("UPDATE learning_referrals SET responded_on = ?, response = ? WHERE partnership_id = ? AND id = ?",
           {storage::NullableDate(x.responded_on), x.response, partnership_id, x.id});
}

}  // namespace safeboard::learning
