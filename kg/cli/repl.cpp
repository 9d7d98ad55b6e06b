// The read-eval-print loop on libedit's readline interface.
#include "kg/cli/repl.h"

#include <editline/readline.h>
#include <langinfo.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "kg/base/unicode.h"
#include "kg/cli/batch.h"
#include "kg/cli/completion.h"
#include "kg/cli/dot_commands.h"
#include "kg/cli/interruptible_read.h"

namespace kg::cli {

namespace {

std::atomic<bool> g_cancel{false};
volatile sig_atomic_t g_interrupted = 0;

void OnSigint(int) {
  g_cancel.store(true);
  g_interrupted = 1;
}

// libedit reads multibyte characters only in a multibyte locale: take the user's, and when
// the environment names none (or not a UTF-8 one), C.UTF-8. Only LC_CTYPE: numbers and
// messages stay as they are.
void UseUtf8Locale() {
  if (std::setlocale(LC_CTYPE, "") && std::strcmp(nl_langinfo(CODESET), "UTF-8") == 0) return;
  if (!std::setlocale(LC_CTYPE, "C.UTF-8")) std::setlocale(LC_CTYPE, "C.utf8");
}

// The graph as completion sees it.
class EngineSource : public CompletionSource {
 public:
  explicit EngineSource(Engine* engine) : engine_(engine) {}
  std::vector<std::string> Names(const std::string& prefix) override {
    std::vector<std::string> out;
    Result<std::vector<EntityInfo>> entities = engine_->Entities(prefix, 50);
    if (!entities.ok()) return out;
    const std::string folded = FoldName(prefix);
    auto add = [&](const std::string& name) {
      if (FoldName(name).rfind(folded, 0) == 0) out.push_back(name);
    };
    for (const EntityInfo& e : *entities) {
      add(e.name);
      for (const std::string& alias : e.aliases) add(alias);
    }
    return out;
  }
  std::vector<std::string> Relations() override {
    std::vector<std::string> out;
    Result<std::vector<RelationInfo>> relations = engine_->Relations();
    if (relations.ok()) {
      for (const RelationInfo& r : *relations) out.push_back(r.id);
    }
    return out;
  }

 private:
  Engine* engine_;
};

// For the completion callback (libedit takes a plain function).
CompletionSource* g_source = nullptr;
std::string g_pending;  // earlier lines of a multi-line input

char* Dup(const std::string& s) { return strdup(s.c_str()); }

// libedit's readline interface gives the cursor (rl_point) in characters, the line in bytes.
size_t ByteOffset(const std::string& text, int characters) {
  size_t i = 0;
  for (int n = 0; n < characters && i < text.size(); ++n) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

// The word break characters are empty, so libedit's "word" is all the text before the
// cursor: matches[0] is that text with the completion in place, so a name can start at a
// quote, hold spaces and keep its case; matches[1...] are listed when there are several.
char** CompleteAtCursor(const char*, int, int) {
  rl_attempted_completion_over = 1;  // no file names
  if (!g_source) return nullptr;
  std::string buffer(rl_line_buffer ? rl_line_buffer : "");
  std::string line = buffer.substr(0, ByteOffset(buffer, rl_point));
  Completion c = Complete(g_pending, line, *g_source);
  if (c.candidates.empty()) return nullptr;
  size_t n = c.candidates.size() == 1 ? 1 : c.candidates.size() + 1;
  // Two null slots: libedit looks at matches[2] before it knows matches[1] is the end.
  char** matches = static_cast<char**>(std::calloc(n + 2, sizeof(char*)));
  matches[0] = Dup(line.substr(0, c.start) + c.insert);
  for (size_t i = 1; i < n; ++i) matches[i] = Dup(c.candidates[i - 1]);
  return matches;
}

// The last word of `text`, lowercased ("" when it ends in punctuation).
std::string LastWord(const std::string& text) {
  size_t end = text.size();
  size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  if (start > 0 && !std::isspace(static_cast<unsigned char>(text[start - 1]))) return "";
  std::string word = text.substr(start, end - start);
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

void PrintBanner(Session& session) {
  Result<GraphStats> stats = session.engine()->Stats();
  std::cout << "kg " << Version() << " \xE2\x80\x94 " << session.engine()->db_path();
  if (stats.ok()) {
    std::cout << ": " << stats->documents << " documents, " << stats->entities << " entities, "
              << stats->triples << " facts";
  }
  std::cout << "\nAsk a question (who partnered with OpenAI?) or enter \".help\".\n";
}

}  // namespace

bool ContinuesOnNextLine(const std::string& text) {
  if (IsDotCommand(text)) return false;
  bool quote = false;
  int brackets = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        quote = false;
    } else if (c == '"') {
      quote = true;
    } else if (c == '[' || c == '(' || c == '{') {
      ++brackets;
    } else if (c == ']' || c == ')' || c == '}') {
      --brackets;
    }
  }
  if (quote || brackets > 0) return true;
  size_t end = text.find_last_not_of(" \t\r\n");
  if (end == std::string::npos) return false;
  std::string trimmed = text.substr(0, end + 1);
  if (trimmed.back() == ',') return true;
  std::string last = LastWord(trimmed);
  return last == "and" || last == "where";
}

std::string HistoryPath() {
  if (const char* env = std::getenv("KG_HISTORY"); env && *env) return env;
  const char* home = std::getenv("HOME");
  return std::string(home && *home ? home : ".") + "/.kg_history";
}

int RunRepl(Session& session, bool interactive) {
  session.set_cancel_flag(&g_cancel);
  if (!interactive) {
    return RunBatchStream(session, std::cin, "<stdin>", /*as_batch=*/false);
  }
  UseUtf8Locale();
  EngineSource source(session.engine());
  g_source = &source;
  rl_attempted_completion_function = CompleteAtCursor;
  rl_basic_word_break_characters = "";
  rl_catch_signals = 0;
  rl_getc_function = ReadKeyOrInterrupt;
  std::string history = HistoryPath();
  read_history(history.c_str());
  stifle_history(2000);

  struct sigaction sa {};
  sa.sa_handler = OnSigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: Ctrl-C interrupts the read
  struct sigaction old {};
  sigaction(SIGINT, &sa, &old);

  PrintBanner(session);
  const int64_t failures = session.failures();
  g_pending.clear();
  while (!session.quit_requested()) {
    char* raw = nullptr;
    {
      InterruptibleRead turn(&g_interrupted);
      g_interrupted = 0;
      raw = readline(g_pending.empty() ? "kg> " : "...> ");
    }
    if (g_interrupted) {  // Ctrl-C: the input so far is dropped, the session goes on
      std::free(raw);
      std::cout << "^C" << std::endl;
      g_pending.clear();
      continue;
    }
    if (!raw) {
      std::cout << std::endl;  // Ctrl-D (or end of input): leave
      break;
    }
    std::string line(raw);
    std::free(raw);
    std::string text = g_pending.empty() ? line : g_pending + " " + line;
    if (ContinuesOnNextLine(text)) {
      g_pending = text;
      continue;
    }
    g_pending.clear();
    if (text.find_first_not_of(" \t\n") == std::string::npos) continue;
    add_history(text.c_str());
    g_cancel.store(false);
    session.Execute(text);
    if (g_cancel.load()) std::cerr << "(cancelled)" << std::endl;
  }
  write_history(history.c_str());
  sigaction(SIGINT, &old, nullptr);
  g_source = nullptr;
  return static_cast<int>(session.failures() - failures);
}

}  // namespace kg::cli
