// `safeboard import plan`: imports business plan actions from a CSV file, with every row checked
// first and a progress bar while saving.
// `safeboard import values`: imports indicator values (columns Code, Period, Value) with the
// page's checks and saving (PerformanceStore::CheckImport, SaveImport), in one transaction.
// bench/run times it.
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "auth/audit.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "core/csv.h"
#include "governance/store.h"
#include "performance/performance.h"
#include "performance/store.h"
#include "plan/store.h"

namespace safeboard::cli {

void AddImportCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("import", "Import records from spreadsheets (CSV)");
  cmd->require_subcommand(1);
  struct Options {
    std::string database = kDefaultDatabase, partnership, file;
    std::int64_t plan_id = 0;
  };
  auto opts = std::make_shared<Options>();
  auto* plan_cmd = cmd->add_subcommand("plan", "Import business plan actions into a plan");
  plan_cmd->add_option("--database", opts->database, "sqlite:PATH or postgresql://...")->capture_default_str();
  plan_cmd->add_option("--partnership", opts->partnership, "Partnership slug")->required();
  plan_cmd->add_option("--plan-id", opts->plan_id, "The plan to import into")->required();
  plan_cmd->add_option("file", opts->file, "CSV or .xlsx file with the plan table's columns")->required();
  plan_cmd->callback([opts] {
    std::ifstream in(opts->file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + opts->file);
    std::stringstream text;
    text << in.rdbuf();
    auto database = OpenAndMigrate(opts->database);
    auto db = database->Connect();
    auto partnership = governance::GovernanceStore(*db).FindPartnership(opts->partnership);
    if (!partnership) throw std::runtime_error("no partnership with slug '" + opts->partnership + "'");
    plan::PlanStore store(*db);
    if (!store.FindPlan(partnership->id, opts->plan_id))
      throw std::runtime_error("no plan " + std::to_string(opts->plan_id) + " in " + opts->partnership);
    std::string read_error;
    auto table = core::ReadTableFile(opts->file, text.str(), read_error);
    if (!table) throw std::runtime_error(read_error);
    auto result = plan::CheckPlanImport(*table, store.LeadNames(partnership->id));
    if (!result.errors.empty()) {
      std::cerr << "Nothing was saved. " << result.errors.size() << " problem(s):\n";
      for (const auto& e : result.errors)
        std::cerr << "  row " << e.row << (e.column.empty() ? "" : ", " + e.column) << ": " << e.message << "\n";
      throw std::runtime_error("the import was refused");
    }
    core::SystemClock clock;
    storage::Transaction tx(*db);
    int saved = store.SaveImport(partnership->id, opts->plan_id, result, core::DateOf(clock.Now()),
                                 [](int done, int total) {
                                   int width = 30, filled = total ? done * width / total : width;
                                   std::cerr << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ')
                                             << "] " << done << "/" << total << std::flush;
                                 });
    auth::Audit(*db, clock, {std::nullopt, partnership->id, auth::AuditAction::kImport, "plan", opts->plan_id,
                             "cli " + std::to_string(saved) + " actions", ""});
    tx.Commit();
    std::cerr << "\n";
    std::cout << "imported " << saved << " actions into plan " << opts->plan_id << "\n";
  });

  struct ValueOptions {
    std::string database = kDefaultDatabase, partnership, file;
  };
  auto vopts = std::make_shared<ValueOptions>();
  auto* values_cmd = cmd->add_subcommand("values", "Import indicator values (columns Code, Period, Value)");
  values_cmd->add_option("--database", vopts->database, "sqlite:PATH or postgresql://...")->capture_default_str();
  values_cmd->add_option("--partnership", vopts->partnership, "Partnership slug")->required();
  values_cmd->add_option("file", vopts->file, "CSV or .xlsx file with the columns Code, Period and Value")->required();
  values_cmd->callback([vopts] {
    std::ifstream in(vopts->file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + vopts->file);
    std::stringstream text;
    text << in.rdbuf();
    auto database = OpenAndMigrate(vopts->database);
    auto db = database->Connect();
    auto partnership = governance::GovernanceStore(*db).FindPartnership(vopts->partnership);
    if (!partnership) throw std::runtime_error("no partnership with slug '" + vopts->partnership + "'");
    performance::PerformanceStore store(*db);
    std::string read_error;
    auto table = core::ReadTableFile(vopts->file, text.str(), read_error);
    if (!table) throw std::runtime_error(read_error);
    auto result = store.CheckImport(partnership->id, *table);
    if (!result.errors.empty()) {
      std::cerr << "Nothing was saved. " << result.errors.size() << " problem(s):\n";
      std::size_t shown = 0;
      for (const auto& e : result.errors) {
        if (++shown > 50) {
          std::cerr << "  ... and " << result.errors.size() - 50 << " more\n";
          break;
        }
        std::cerr << "  row " << e.row << (e.column.empty() ? "" : ", " + e.column) << ": " << e.message << "\n";
      }
      throw std::runtime_error("the import was refused");
    }
    core::SystemClock clock;
    storage::Transaction tx(*db);
    store.SaveImport(partnership->id, result.rows);
    auth::Audit(*db, clock, {std::nullopt, partnership->id, auth::AuditAction::kImport, "indicator-values", std::nullopt,
                             "cli " + std::to_string(result.rows.size()) + " values", ""});
    tx.Commit();
    std::cout << "imported " << result.rows.size() << " indicator values into " << vopts->partnership << "\n";
  });
}

}  // namespace safeboard::cli
