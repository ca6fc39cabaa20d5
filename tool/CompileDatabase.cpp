//===- CompileDatabase.cpp ------------------------------------------------===//
#include "CompileDatabase.h"
#include "ClangToolCompat.h"
#include "InputFile.h"

#include "clang/Driver/Driver.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <optional>

#include <nlohmann/json.hpp>

using namespace clang::tooling;
using json = nlohmann::json;

namespace serialscope {
namespace {

constexpr uint64_t MaxDatabaseBytes = uint64_t(2) << 30;

/// Builds the DOM like nlohmann's own parser, but keeps the error message instead of
/// throwing (the project is built without exceptions, where a throw aborts).
class RecordingParser : public nlohmann::detail::json_sax_dom_parser<json> {
public:
  RecordingParser(json &Result) : json_sax_dom_parser(Result, /*allow_exceptions=*/false) {}
  template <class Exception>
  bool parse_error(std::size_t, const std::string &, const Exception &Ex) {
    llvm::StringRef What = Ex.what();
    // "[json.exception.parse_error.101] parse error at line 3, column 1: ..." - keep the
    // part a user can act on.
    if (What.starts_with("[json.exception"))
      What = What.split("] ").second;
    Error = What.str();
    return false;
  }
  std::string Error;
};

std::string normalized(llvm::StringRef Path, llvm::StringRef Directory) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path)) {
    Result = Path;
  } else {
    Result = Directory;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

/// The real file system, where a response file must be a regular file: reading a FIFO or a
/// device named by `@file` would wait forever.
class RegularFilesOnly : public llvm::vfs::ProxyFileSystem {
public:
  RegularFilesOnly() : ProxyFileSystem(llvm::vfs::getRealFileSystem()) {}
  llvm::ErrorOr<std::unique_ptr<llvm::vfs::File>> openFileForRead(const llvm::Twine &Path) override {
    llvm::ErrorOr<llvm::vfs::Status> Status = status(Path);
    if (Status && Status->getType() != llvm::sys::fs::file_type::regular_file) {
      Refused = Path.str();
      return std::make_error_code(std::errc::invalid_argument);
    }
    return ProxyFileSystem::openFileForRead(Path);
  }
  /// The last file refused, for a message clearer than LLVM's.
  std::string Refused;
};

bool isLauncher(llvm::StringRef Arg) {
  llvm::StringRef Name = llvm::sys::path::filename(Arg);
  return Name == "ccache" || Name == "sccache" || Name == "distcc" || Name == "icecc" ||
         Name == "buildcache";
}

} // namespace

std::optional<std::string> expandResponseFiles(std::vector<std::string> &CommandLine,
                                               llvm::StringRef Directory) {
  if (llvm::none_of(CommandLine, [](llvm::StringRef A) { return A.starts_with("@"); }))
    return std::nullopt;
  llvm::BumpPtrAllocator Allocator;
  llvm::StringSaver Saver(Allocator);
  llvm::SmallVector<const char *, 64> Argv;
  for (const std::string &A : CommandLine)
    Argv.push_back(Saver.save(A).data());
  bool ClangCl = clang::driver::IsClangCL(
      clang::driver::getDriverMode(Argv.front(), llvm::ArrayRef(Argv).drop_front()));
  RegularFilesOnly FileSystem;
  llvm::cl::ExpansionContext Context(Allocator, ClangCl ? llvm::cl::TokenizeWindowsCommandLine
                                                        : llvm::cl::TokenizeGNUCommandLine);
  Context.setCurrentDir(Directory).setVFS(&FileSystem);
  if (llvm::Error E = Context.expandResponseFiles(Argv)) {
    std::string Message = llvm::toString(std::move(E));
    if (!FileSystem.Refused.empty())
      return "response file '" + FileSystem.Refused + "' is not a regular file";
    return "cannot read the response files: " + Message;
  }
  // LLVM, like GCC, leaves `@file` as it is when there is no such file.
  for (llvm::StringRef A : Argv)
    if (A.starts_with("@"))
      return "response file '" + normalized(A.drop_front(), Directory) + "' does not exist";
  CommandLine.assign(Argv.begin(), Argv.end());
  return std::nullopt;
}

std::unique_ptr<CompileDatabase> CompileDatabase::load(llvm::StringRef Path, std::string &Error,
                                                       std::vector<DatabaseProblem> &Problems) {
  llvm::SmallString<256> File(Path);
  if (llvm::sys::fs::is_directory(File))
    llvm::sys::path::append(File, "compile_commands.json");
  // A database is found by directory, so a FIFO or a device standing in its place would hang
  // or exhaust memory: only a regular file is read, bounded (generated databases of very large
  // projects stay well below the bound).
  InputFile Input = readInputFile(File, MaxDatabaseBytes);
  if (Input.State != InputFile::Status::Read) {
    Error = "compilation database '" + std::string(File) + "' " + Input.Problem;
    return nullptr;
  }
  json Value;
  RecordingParser Parser(Value);
  llvm::StringRef Text = Input.Buffer->getBuffer();
  if (!json::sax_parse(Text.begin(), Text.end(), &Parser) || !Parser.Error.empty()) {
    Error = "compilation database '" + std::string(File) + "' is not valid JSON: " +
            (Parser.Error.empty() ? std::string("parse error") : Parser.Error);
    return nullptr;
  }
  if (!Value.is_array()) {
    Error =
        "compilation database '" + std::string(File) + "' is not a JSON array of compile commands";
    return nullptr;
  }

  auto Result = std::make_unique<CompileDatabase>();
  llvm::BumpPtrAllocator Allocator;
  llvm::StringSaver Saver(Allocator);
  for (size_t Index = 0; Index < Value.size(); ++Index) {
    const json &Entry = Value[Index];
    std::string Name = "entry " + std::to_string(Index + 1);
    CompileCommand Command;
    auto Bad = [&](const std::string &Why) {
      Problems.push_back(
          {Command.Filename, "'" + std::string(File) + "' " + Name + ": " + Why + "; skipped"});
    };
    if (!Entry.is_object()) {
      Bad("not an object");
      continue;
    }
    auto Directory = Entry.find("directory");
    auto FileName = Entry.find("file");
    if (FileName == Entry.end() || !FileName->is_string()) {
      Bad("no \"file\" string");
      continue;
    }
    Name += " ('" + FileName->get<std::string>() + "')";
    if (Directory == Entry.end() || !Directory->is_string()) {
      Bad("no \"directory\" string");
      continue;
    }
    Command.Directory = Directory->get<std::string>();
    Command.Filename = normalized(FileName->get<std::string>(), Command.Directory);
    if (auto Output = Entry.find("output"); Output != Entry.end() && Output->is_string())
      Command.Output = Output->get<std::string>();
    auto Arguments = Entry.find("arguments");
    auto CommandLine = Entry.find("command");
    if (Arguments != Entry.end() && Arguments->is_array() &&
        llvm::all_of(*Arguments, [](const json &A) { return A.is_string(); })) {
      for (const json &A : *Arguments)
        Command.CommandLine.push_back(A.get<std::string>());
    } else if (CommandLine != Entry.end() && CommandLine->is_string()) {
      llvm::SmallVector<const char *, 64> Argv;
      llvm::cl::TokenizeGNUCommandLine(CommandLine->get<std::string>(), Saver, Argv);
      for (const char *A : Argv)
        Command.CommandLine.push_back(A);
    } else {
      Bad("neither an \"arguments\" list of strings nor a \"command\" string");
      continue;
    }
    if (!llvm::sys::fs::is_directory(Command.Directory)) {
      Bad("directory '" + Command.Directory + "' does not exist");
      continue;
    }
    if (!Command.CommandLine.empty())
      if (std::optional<std::string> Why =
              expandResponseFiles(Command.CommandLine, Command.Directory)) {
        Bad(*Why);
        continue;
      }
    while (!Command.CommandLine.empty() && isLauncher(Command.CommandLine.front()))
      Command.CommandLine.erase(Command.CommandLine.begin());
    if (Command.CommandLine.empty()) {
      Bad("an empty command");
      continue;
    }
    if (!llvm::sys::fs::exists(Command.Filename)) {
      Bad("file '" + Command.Filename + "' does not exist");
      continue;
    }
    std::vector<size_t> &Indices = Result->ByFile[Command.Filename];
    if (Indices.empty())
      Result->Files.push_back(Command.Filename);
    Indices.push_back(Result->Commands.size());
    Result->Commands.push_back(std::move(Command));
  }
  return Result;
}

std::vector<CompileCommand> CompileDatabase::getCompileCommands(llvm::StringRef FilePath) const {
  std::vector<CompileCommand> Result;
  llvm::SmallString<256> Path(FilePath);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  auto It = ByFile.find(Path);
  if (It != ByFile.end())
    for (size_t Index : It->second)
      Result.push_back(Commands[Index]);
  return Result;
}

std::vector<std::string> CompileDatabase::getAllFiles() const { return Files; }

std::vector<CompileCommand> CompileDatabase::getAllCompileCommands() const { return Commands; }

ArgumentsAdjuster analysisArgumentsAdjuster(const std::string &ResourceDir) {
  return [ResourceDir](const CommandLineArguments &Args, llvm::StringRef) {
    if (Args.empty())
      return Args;
    CommandLineArguments In = Args;
    while (In.size() > 1 && isLauncher(In.front()))
      In.erase(In.begin());

    // Options clang's driver does not know (GCC's -fanalyzer, -fno-ipa-sra, ...) are fatal
    // errors for clang; the analysis does not need them.
    std::vector<const char *> Argv;
    for (size_t I = 1; I < In.size(); ++I)
      Argv.push_back(In[I].c_str());
    unsigned MissingIndex = 0, MissingCount = 0;
    const llvm::opt::OptTable &Table = compat::getDriverOptTable();
    llvm::opt::InputArgList Parsed =
        Table.ParseArgs(Argv, MissingIndex, MissingCount,
                        llvm::opt::Visibility(compat::driver_options::ClangOption));
    std::vector<bool> Unknown(In.size(), false);
    for (const llvm::opt::Arg *A : Parsed.filtered(compat::driver_options::OPT_UNKNOWN))
      Unknown[A->getIndex() + 1] = true;

    CommandLineArguments Result;
    bool HasResourceDir = false;
    for (size_t I = 0; I < In.size(); ++I) {
      llvm::StringRef A(In[I]);
      // Warnings as errors would make a clean build's TU "fail" under another compiler's
      // warnings; the analysis reports clang's errors, not its warnings.
      // Compiler plugins (a GCC plugin, or serialscope's own plugin in a build that runs it)
      // belong to the build, not to this analysis.
      if (I > 0 && (A.starts_with("-fplugin") || A.starts_with("-fpass-plugin=")))
        continue;
      if (I > 0 && (Unknown[I] || A == "-Werror" ||
                    (A.starts_with("-Werror=") && !A.starts_with("-Werror=format")) ||
                    A == "-pedantic-errors"))
        continue;
      HasResourceDir |= A.starts_with("-resource-dir");
      Result.push_back(In[I]);
    }
    // After the compiler name: clang must find its own builtin headers, wherever we run from.
    auto Insert = Result.begin() + 1;
    Insert = Result.insert(Insert, "-Wno-unknown-warning-option") + 1;
    if (!HasResourceDir && !ResourceDir.empty())
      Result.insert(Insert, "-resource-dir=" + ResourceDir);
    return Result;
  };
}

} // namespace serialscope
