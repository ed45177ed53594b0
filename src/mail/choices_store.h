// Each account's email choices (issue 15): a kind is wanted unless the account turned it off.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <vector>

#include "mail/choices.h"
#include "storage/database.h"

namespace safeboard::mail {

class EmailChoicesStore {
 public:
  explicit EmailChoicesStore(storage::Connection& db) : db_(db) {}
  // Every kind with whether the account wants it.
  std::map<MailKind, bool> ChoicesOf(std::int64_t user_id);
  void SetChoices(std::int64_t user_id, const std::map<MailKind, bool>& choices);
  // Of `user_ids`, the accounts that turned `kind` off.
  std::set<std::int64_t> TurnedOff(MailKind kind, const std::vector<std::int64_t>& user_ids);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::mail
