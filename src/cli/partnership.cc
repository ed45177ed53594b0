// `safeboard partnership add`: a new partnership and its first business manager, from the
// command line (the same set-up as the administrator's page and the API).
#include <CLI/CLI.hpp>
#include <iostream>

#include "accounts/setup.h"
#include "cli/commands.h"
#include "core/date.h"
#include "governance/partnership_form.h"
#include "governance/store.h"

namespace safeboard::cli {

void AddPartnershipCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("partnership", "Create partnerships");
  cmd->require_subcommand(1);
  struct AddOptions {
    std::string database = kDefaultDatabase, name, slug, area, manager_name, manager_email, manager_job_title,
                base_url;
    std::vector<std::string> populations;
  };
  auto opts = std::make_shared<AddOptions>();
  auto* add = cmd->add_subcommand("add", "Create a partnership and invite its business manager");
  add->add_option("--database", opts->database, "sqlite:PATH or postgresql://...")->capture_default_str();
  add->add_option("--name", opts->name, "The partnership's name")->required();
  add->add_option("--slug", opts->slug, "Short name for web addresses (/p/SLUG), like northshire-scp")->required();
  add->add_option("--area", opts->area, "The area it covers");
  add->add_option("--population", opts->populations,
                  "Child population (aged 0-17) of a financial year, like 2025-26=58600; repeat for each year");
  add->add_option("--manager-name", opts->manager_name, "The business manager's full name")->required();
  add->add_option("--manager-email", opts->manager_email, "The business manager's work email address")->required();
  add->add_option("--manager-job-title", opts->manager_job_title, "The business manager's job title");
  add->add_option("--base-url", opts->base_url, "The server's address, to print the invitation as a full link");
  add->callback([opts] {
    core::FieldValues in{{"name", opts->name},
                         {"slug", opts->slug},
                         {"area", opts->area},
                         {"manager_name", opts->manager_name},
                         {"manager_email", opts->manager_email},
                         {"manager_job_title", opts->manager_job_title}};
    if (opts->populations.size() > static_cast<std::size_t>(governance::kMaxPopulationRows))
      throw std::runtime_error("give at most " + std::to_string(governance::kMaxPopulationRows) + " --population years");
    for (std::size_t i = 0; i < opts->populations.size(); ++i) {
      const auto& given = opts->populations[i];
      auto equals = given.find('=');
      if (equals == std::string::npos)
        throw std::runtime_error("--population " + given + ": write it as YEAR=CHILDREN, like 2025-26=58600");
      std::string prefix = "population-" + std::to_string(i + 1);
      in[prefix + "-year"] = given.substr(0, equals);
      in[prefix + "-children"] = given.substr(equals + 1);
    }
    governance::NewPartnership request;
    auto errors = governance::ReadNewPartnership(in, request);
    if (!errors.empty()) {
      std::string message;
      for (const auto& e : errors.all()) message += "\n  " + e.field + ": " + e.message;
      throw std::runtime_error("the partnership was not created:" + message);
    }
    auto database = OpenAndMigrate(opts->database);
    auto db = database->Connect();
    core::SystemClock clock;
    storage::Transaction tx(*db);
    if (governance::GovernanceStore(*db).FindPartnership(request.partnership.slug))
      throw std::runtime_error("a partnership already has the short name '" + request.partnership.slug + "'");
    auto set_up = accounts::SetUpPartnership(*db, clock, request, std::nullopt, "");
    tx.Commit();
    std::cout << "created partnership " << set_up.partnership.id << " at /p/" << set_up.partnership.slug << "\n";
    if (set_up.invitation) {
      std::string base = opts->base_url;
      while (!base.empty() && base.back() == '/') base.pop_back();
      std::cout << "invitation for " << request.business_manager.full_name << " <" << request.business_manager.email
                << ">, valid once until " << core::FormatTimestamp(set_up.invitation->expires_at) << ":\n  " << base
                << accounts::InvitationPath(*set_up.invitation) << "\n";
    } else {
      std::cout << request.business_manager.email << " already has an account: linked to it\n";
    }
  });
}

}  // namespace safeboard::cli
