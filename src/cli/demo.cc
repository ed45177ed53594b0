// `safeboard demo`: loads the demo board (Milton Keynes Safeguarding Children Board, 2011-12,
// from demo/mkscb-2011-12.json, compiled into the binary). Each area loads its own part
// (<area>/demo.cc) in one transaction, in the order their records refer to each other.
#include <CLI/CLI.hpp>
#include <iostream>

#include "auth/accounts.h"
#include "auth/audit.h"
#include "casereviews/demo.h"
#include "cdop/demo.h"
#include "cli/commands.h"
#include "assurance/demo.h"
#include "demo/demo_file.h"
#include "duties/demo.h"
#include "governance/demo.h"
#include "governance/store.h"
#include "meetings/demo.h"
#include "performance/demo.h"
#include "plan/demo.h"
#include "procedures/demo.h"
#include "publishing/demo.h"
#include "training/demo.h"

namespace safeboard::cli {
namespace {

using demo::OptRef;
using demo::Str;

// The demo's user accounts, each linked to its person; an email already taken is skipped.
void LoadDemoUsers(demo::DemoLoad& load) {
  for (const auto& v : load.file.at("users").as_array()) {
    const auto& o = v.as_object();
    if (auth::FindUserByEmail(load.db, Str(o, "email"))) continue;
    auto id = auth::CreateUser(load.db, load.clock, Str(o, "email"), Str(o, "display_name"), Str(o, "password"),
                               o.at("is_admin").as_bool());
    if (auto person = OptRef(load.people, o, "person", "person"))
      governance::GovernanceStore(load.db).LinkPersonToUser(load.partnership_id, *person, id);
  }
}

}  // namespace

std::string DemoSignIns() {
  std::string out;
  for (const auto& u : demo::DemoFile().at("users").as_array()) {
    const auto& o = u.as_object();
    out += "  " + Str(o, "display_name") + ": " + Str(o, "email") + " / " + Str(o, "password") + "\n";
  }
  return out;
}

bool LoadDemo(storage::Database& database) {
  const auto& file = demo::DemoFile();
  auto db = database.Connect();
  core::SystemClock clock;
  governance::GovernanceStore store(*db);
  const auto& p = file.at("partnership").as_object();
  if (store.FindPartnership(Str(p, "slug"))) return false;
  storage::Transaction tx(*db);
  governance::Partnership partnership{0, Str(p, "slug"), Str(p, "name"), Str(p, "area")};
  partnership.id = store.CreatePartnership(partnership, core::FormatTimestamp(clock.Now()));
  demo::DemoLoad load{*db, clock, file, partnership.id};
  governance::LoadDemo(load);
  meetings::LoadDemo(load);
  duties::LoadDemo(load);
  assurance::LoadDemo(load);
  plan::LoadDemo(load);
  performance::LoadDemo(load);
  cdop::LoadDemo(load);
  casereviews::LoadDemo(load);
  training::LoadDemo(load);
  procedures::LoadDemo(load);
  publishing::LoadDemo(load);
  LoadDemoUsers(load);
  auth::Audit(*db, clock, {std::nullopt, partnership.id, auth::AuditAction::kLoadDemo, "partnership", partnership.id, "", ""});
  tx.Commit();
  return true;
}

void AddDemoCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("demo", "Load the demo board (Milton Keynes, 2011-12)");
  auto url = std::make_shared<std::string>(kDefaultDatabase);
  cmd->add_option("--database", *url, "sqlite:PATH or postgresql://...")->capture_default_str();
  cmd->callback([url] {
    auto database = OpenAndMigrate(*url);
    if (LoadDemo(*database))
      std::cout << "loaded the demo board into " << *url << "\n";
    else
      std::cout << "the demo board is already in " << *url << "\n";
    std::cout << "demo sign-ins:\n" << DemoSignIns();
  });
}

}  // namespace safeboard::cli
