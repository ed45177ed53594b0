// `safeboard user add|disable`: user accounts from the command line.
#include <CLI/CLI.hpp>
#include <iostream>

#include "auth/accounts.h"
#include "auth/audit.h"
#include "auth/user_form.h"
#include "cli/commands.h"
#include "governance/store.h"

namespace safeboard::cli {

void AddUserCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("user", "Create and disable user accounts");
  cmd->require_subcommand(1);
  struct AddOptions {
    std::string database = kDefaultDatabase, email, name, password, partnership;
    std::int64_t person_id = 0;
    bool admin = false;
  };
  auto opts = std::make_shared<AddOptions>();
  auto* add = cmd->add_subcommand("add", "Create a user account");
  add->add_option("--database", opts->database, "sqlite:PATH or postgresql://...")->capture_default_str();
  add->add_option("--email", opts->email, "Email address (the sign-in name)")->required();
  add->add_option("--name", opts->name, "Display name")->required();
  add->add_option("--password", opts->password,
                  "Password (at least 10 characters; read from SAFEBOARD_PASSWORD if omitted)");
  add->add_flag("--admin", opts->admin, "Administrator of the deployment");
  add->add_option("--partnership", opts->partnership, "Partnership slug of the person to link");
  add->add_option("--person-id", opts->person_id, "Id of the person this account belongs to");
  add->callback([opts] {
    if (opts->password.empty())
      if (const char* env = std::getenv("SAFEBOARD_PASSWORD")) opts->password = env;
    auth::NewUser user;
    auto errors = auth::ReadNewUser({{"email", opts->email}, {"display_name", opts->name},
                                     {"password", opts->password}, {"is_admin", opts->admin ? "yes" : ""}},
                                    {}, user);
    if (!errors.empty()) throw std::runtime_error(errors.all().front().message);
    auto database = OpenAndMigrate(opts->database);
    auto db = database->Connect();
    core::SystemClock clock;
    storage::Transaction tx(*db);
    if (auth::FindUserByEmail(*db, user.email))
      throw std::runtime_error("an account with the email " + user.email + " already exists");
    auto id = auth::CreateUser(*db, clock, user.email, user.display_name, user.password, user.is_admin);
    if (opts->person_id) {
      governance::GovernanceStore store(*db);
      auto partnership = store.FindPartnership(opts->partnership);
      if (!partnership) throw std::runtime_error("no partnership with slug '" + opts->partnership + "'");
      if (!store.FindPerson(partnership->id, opts->person_id))
        throw std::runtime_error("no person " + std::to_string(opts->person_id) + " in " +
                                 opts->partnership);
      store.LinkPersonToUser(partnership->id, opts->person_id, id);
    }
    auth::Audit(*db, clock, {std::nullopt, std::nullopt, auth::AuditAction::kCreate, "user", id, "cli", ""});
    tx.Commit();
    std::cout << "created user " << id << " <" << opts->email << ">\n";
  });

  auto disable_opts = std::make_shared<std::pair<std::string, std::string>>(kDefaultDatabase, "");
  auto* disable = cmd->add_subcommand("disable", "Disable a user account and end its sessions");
  disable->add_option("--database", disable_opts->first, "sqlite:PATH or postgresql://...");
  disable->add_option("--email", disable_opts->second, "Email address")->required();
  disable->callback([disable_opts] {
    auto database = OpenAndMigrate(disable_opts->first);
    auto db = database->Connect();
    core::SystemClock clock;
    storage::Transaction tx(*db);
    auto user = auth::FindUserByEmail(*db, disable_opts->second);
    if (!user) throw std::runtime_error("no account with the email " + disable_opts->second);
    auth::SetUserDisabled(*db, user->id, true);
    auth::Audit(*db, clock, {std::nullopt, std::nullopt, auth::AuditAction::kDisable, "user", user->id, "cli", ""});
    tx.Commit();
    std::cout << "disabled " << disable_opts->second << "\n";
  });
}

}  // namespace safeboard::cli
