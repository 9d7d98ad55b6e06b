// The read-eval-print loop on libedit's readline interface.
#include "kg/cli/repl.h"

#include <editline/readline.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "kg/cli/dot_commands.h"

namespace kg::cli {

namespace {

std::atomic<bool> g_cancel{false};
volatile sig_atomic_t g_interrupted = 0;

void OnSigint(int) {
  g_cancel.store(true);
  g_interrupted = 1;
}

Session* g_session = nullptr;  // for the completion callback (libedit takes a plain function)
std::vector<std::string> g_matches;

char* NextMatch(const char* text, int state) {
  if (state == 0) {
    g_matches.clear();
    std::string prefix(text);
    std::string line(rl_line_buffer ? rl_line_buffer : "");
    bool first_word = line.find_first_not_of(" \t") == line.find(prefix) &&
                      line.compare(line.find_first_not_of(" \t") == std::string::npos
                                       ? 0
                                       : line.find_first_not_of(" \t"),
                                   prefix.size(), prefix) == 0;
    if (first_word && !prefix.empty() && prefix[0] == '.') {
      for (const DotCommandSpec& c : DotCommands()) {
        std::string name = std::string(".") + c.name;
        if (name.rfind(prefix, 0) == 0) g_matches.push_back(name);
      }
    } else if (g_session) {
      Result<std::vector<RelationInfo>> rels = g_session->engine()->Relations();
      if (rels.ok()) {
        for (const RelationInfo& r : *rels) {
          if (r.id.rfind(prefix, 0) == 0) g_matches.push_back(r.id);
        }
      }
      if (!prefix.empty()) {
        Result<std::vector<std::string>> names = g_session->engine()->CompleteNames(prefix, 50);
        if (names.ok()) {
          for (const std::string& n : *names) {
            if (n.find(' ') == std::string::npos) g_matches.push_back(n);
          }
        }
      }
    }
  }
  if (state >= static_cast<int>(g_matches.size())) return nullptr;
  return strdup(g_matches[static_cast<size_t>(state)].c_str());
}

char** Complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // no file-name completion
  return rl_completion_matches(text, NextMatch);
}

// True while a double quote is open: the query continues on the next line.
bool QuoteOpen(const std::string& text) {
  bool open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && open) {
      ++i;
      continue;
    }
    if (text[i] == '"') open = !open;
  }
  return open;
}

}  // namespace

std::string HistoryPath() {
  if (const char* env = std::getenv("KG_HISTORY"); env && *env) return env;
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.kg_history";
}

int RunRepl(Session& session, bool interactive) {
  session.set_cancel_flag(&g_cancel);
  if (!interactive) return RunBatchStream(session, std::cin, "<stdin>");

  g_session = &session;
  rl_attempted_completion_function = Complete;
  rl_catch_signals = 0;
  std::string history = HistoryPath();
  read_history(history.c_str());
  stifle_history(2000);

  struct sigaction sa {};
  sa.sa_handler = OnSigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: Ctrl-C interrupts the read
  struct sigaction old {};
  sigaction(SIGINT, &sa, &old);

  Result<GraphStats> stats = session.engine()->Stats();
  std::cout << "kg " << Version() << " \xE2\x80\x94 " << session.engine()->db_path();
  if (stats.ok()) {
    std::cout << ": " << stats->documents << " documents, " << stats->entities << " entities, "
              << stats->triples << " facts";
  }
  std::cout << "\nAsk a question (who partnered with OpenAI?) or enter \".help\".\n";

  int failed = 0;
  while (!session.quit_requested()) {
    g_interrupted = 0;
    char* raw = readline("kg> ");
    if (!raw) {
      if (g_interrupted) {  // Ctrl-C at the prompt: a fresh line, not the end
        std::cout << "^C" << std::endl;
        continue;
      }
      std::cout << std::endl;
      break;
    }
    std::string text(raw);
    std::free(raw);
    while (QuoteOpen(text)) {
      char* more = readline("...> ");
      if (!more) break;
      text += "\n";
      text += more;
      std::free(more);
    }
    if (text.find_first_not_of(" \t\n") == std::string::npos) continue;
    add_history(text.c_str());
    g_cancel.store(false);
    if (!session.Execute(text)) ++failed;
    if (g_cancel.load()) std::cerr << "(cancelled)" << std::endl;
  }
  write_history(history.c_str());
  sigaction(SIGINT, &old, nullptr);
  g_session = nullptr;
  return failed;
}

}  // namespace kg::cli
