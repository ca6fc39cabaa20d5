//===- ConfigurationDedup.cpp ---------------------------------------------===//
#include "ConfigurationDedup.h"
#include "ClangToolCompat.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Option/OptTable.h"

using namespace clang::tooling;
namespace options = serialscope::compat::driver_options;

namespace serialscope {
namespace {

/// Options that change neither the preprocessed text nor the AST. An allow-list: `-fPIC`
/// (`__PIC__`), sanitizers (`__has_feature`), `-fstack-protector` (`__SSP__`) and the prefix
/// maps of `__FILE__` are not on it.
bool changesNothingAnalyzed(const llvm::opt::Option &Opt) {
  if (Opt.matches(options::OPT_Wp_COMMA))
    return false; // Preprocessor options, passed through.
  for (unsigned Id :
       {options::OPT_g_Group, options::OPT_gN_Group, options::OPT_gTune_Group,
        options::OPT_g_flags_Group, options::OPT_ggdbN_Group, options::OPT_W_Group,
        options::OPT_W_value_Group, options::OPT_Wa_COMMA, options::OPT_Wl_COMMA, options::OPT_w,
        options::OPT_pedantic, options::OPT_o, options::OPT_c, options::OPT_MD,
        options::OPT_MMD, options::OPT_MF, options::OPT_MT, options::OPT_MQ, options::OPT_MP,
        options::OPT_MJ, options::OPT_coverage, options::OPT_fprofile_arcs,
        options::OPT_ftest_coverage, options::OPT_fcoverage_mapping,
        options::OPT_fno_coverage_mapping, options::OPT_fprofile_instr_generate,
        options::OPT_fprofile_instr_generate_EQ, options::OPT_fprofile_generate,
        options::OPT_fprofile_generate_EQ, options::OPT_fprofile_update_EQ,
        options::OPT_fcolor_diagnostics, options::OPT_fno_color_diagnostics,
        options::OPT_fdiagnostics_color_EQ, options::OPT_fmessage_length_EQ,
        options::OPT_fdebug_prefix_map_EQ, options::OPT_pipe, options::OPT_ffunction_sections,
        options::OPT_fdata_sections, options::OPT_fomit_frame_pointer,
        options::OPT_fno_omit_frame_pointer})
    if (Opt.matches(Id))
      return true;
  return false;
}

/// The macros an `-O` option predefines: `__OPTIMIZE__` from -O1 up, `__OPTIMIZE_SIZE__`
/// for -Os/-Oz, `__FAST_MATH__` for -Ofast; none for -O0.
std::string optimizationClass(const llvm::opt::Arg &A) {
  if (A.getOption().matches(options::OPT_O0))
    return "";
  if (A.getOption().matches(options::OPT_Ofast))
    return "fast";
  llvm::StringRef Level = A.getNumValues() ? A.getValue() : "1";
  if (Level == "0")
    return "";
  if (Level == "s" || Level == "z")
    return "size";
  if (Level == "fast")
    return "fast";
  if (Level.empty() || Level == "1" || Level == "2" || Level == "3" || Level == "4" ||
      Level == "g")
    return "optimize";
  return ("-O" + Level).str(); // Unknown: kept as it is.
}

} // namespace

std::string configurationKey(const CompileCommand &Command) {
  std::string Key = Command.Directory;
  if (Command.CommandLine.empty())
    return Key;
  Key += '\0';
  Key += Command.CommandLine.front();
  std::vector<const char *> Argv;
  for (size_t I = 1; I < Command.CommandLine.size(); ++I)
    Argv.push_back(Command.CommandLine[I].c_str());
  unsigned MissingIndex = 0, MissingCount = 0;
  llvm::opt::InputArgList Args = serialscope::compat::getDriverOptTable().ParseArgs(
      Argv, MissingIndex, MissingCount, llvm::opt::Visibility(options::ClangOption));
  std::string Optimization;
  for (const llvm::opt::Arg *A : Args) {
    const llvm::opt::Option &Opt = A->getOption();
    if (Opt.matches(options::OPT_O_Group)) {
      Optimization = optimizationClass(*A); // The last one counts.
      continue;
    }
    if (changesNothingAnalyzed(Opt))
      continue;
    llvm::opt::ArgStringList Rendered;
    A->render(Args, Rendered);
    for (const char *Part : Rendered) {
      Key += '\0';
      Key += Part;
    }
  }
  if (!Optimization.empty())
    Key += std::string(1, '\0') + "-O:" + Optimization;
  return Key;
}

ConfigurationDedup::ConfigurationDedup(std::unique_ptr<CompilationDatabase> Inner)
    : Inner(std::move(Inner)) {}

std::vector<CompileCommand> ConfigurationDedup::getCompileCommands(llvm::StringRef FilePath) const {
  std::vector<CompileCommand> Result;
  llvm::StringSet<> Seen;
  for (CompileCommand &Command : Inner->getCompileCommands(FilePath))
    if (Seen.insert(configurationKey(Command)).second)
      Result.push_back(std::move(Command));
  return Result;
}

std::vector<CompileCommand> ConfigurationDedup::getAllCompileCommands() const {
  std::vector<CompileCommand> Result;
  for (const std::string &File : getAllFiles())
    for (CompileCommand &Command : getCompileCommands(File))
      Result.push_back(std::move(Command));
  return Result;
}

unsigned ConfigurationDedup::mergedEntries(const std::vector<std::string> &Files) const {
  unsigned Merged = 0;
  for (const std::string &File : Files)
    Merged += Inner->getCompileCommands(File).size() - getCompileCommands(File).size();
  return Merged;
}

} // namespace serialscope
