#include "mail/choices_store.h"

namespace safeboard::mail {

std::map<MailKind, bool> EmailChoicesStore::ChoicesOf(std::int64_t user_id) {
  std::map<MailKind, bool> out;
  for (const auto& term : MailKinds()) out[term.value] = true;
  for (const auto& r : db_.Query("SELECT kind, wanted FROM email_choices WHERE user_id = ?", {user_id}))
    if (auto kind = core::ParseCode(MailKinds(), r.Text(0))) out[*kind] = r.Bool(1);
  return out;
}

void EmailChoicesStore::SetChoices(std::int64_t user_id, const std::map<MailKind, bool>& choices) {
  db_.Exec("DELETE FROM email_choices WHERE user_id = ?", {user_id});
  for (const auto& [kind, wanted] : choices)
    db_.Exec("INSERT INTO email_choices (user_id, kind, wanted) VALUES (?, ?, ?)",
             {user_id, std::string(core::CodeOf(MailKinds(), kind)), std::int64_t{wanted}});
}

std::set<std::int64_t> EmailChoicesStore::TurnedOff(MailKind kind, const std::vector<std::int64_t>& user_ids) {
  std::set<std::int64_t> wanted_ids(user_ids.begin(), user_ids.end()), out;
  for (const auto& r : db_.Query("SELECT user_id FROM email_choices WHERE kind = ? AND wanted = 0",
                                 {std::string(core::CodeOf(MailKinds(), kind))}))
    if (wanted_ids.count(r.Int(0))) out.insert(r.Int(0));
  return out;
}

}  // namespace safeboard::mail
