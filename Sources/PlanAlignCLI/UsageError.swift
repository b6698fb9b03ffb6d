/// A mistake in how the tool was called; it exits with status 64.
public enum UsageError: Error, Equatable, Sendable {
    case noCommand
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String)
    case optionAsValue(option: String, found: String)
    case flagTakesNoValue(option: String)
    case invalidValue(option: String, value: String, accepted: [String])
    case givenTwice(option: String)
    case missingArgument(String, command: String)
    case unexpectedArgument(String, command: String)
    case missingDefault(what: String, option: String)
    case unknownRef(option: String, value: String, plan: String, ref: String)
    case conflictingDecisions(link: String, first: String, second: String)
    case outputIsInput(output: String, input: String)
    case needsOutput(format: String)
}

extension UsageError: CustomStringConvertible {
    /// The message in English.
    public var description: String { message(.english) }

    /// The message in `language`.
    func message(_ language: HelpLanguage) -> String {
        let zh = language == .chinese
        switch self {
        case .noCommand:
            return zh ? "未给出命令；运行 'planalign --help' 查看命令" : "no command given; run 'planalign --help' for the commands"
        case .unknownCommand(let name, let suggestion):
            if let suggestion { return zh ? "没有命令 '\(name)'；是否要输入 '\(suggestion)'？" : "unknown command '\(name)'; did you mean '\(suggestion)'?" }
            return zh ? "没有命令 '\(name)'；运行 'planalign --help' 查看命令" : "unknown command '\(name)'; run 'planalign --help' for the commands"
        case .unknownOption(let option, let command, let suggestion):
            if let suggestion {
                return zh ? "'\(command)' 没有选项 '\(option)'；是否要输入 '\(suggestion)'？" : "'\(command)' has no option '\(option)'; did you mean '\(suggestion)'?"
            }
            return zh ? "'\(command)' 没有选项 '\(option)'；运行 'planalign help \(command)'" : "'\(command)' has no option '\(option)'; run 'planalign help \(command)'"
        case .missingValue(let option):
            return zh ? "选项 '\(option)' 需要一个值" : "option '\(option)' needs a value"
        case .optionAsValue(let option, let found):
            return zh ? "选项 '\(option)' 需要一个值，但其后是选项 '\(found)'" : "option '\(option)' needs a value, found the option '\(found)'"
        case .flagTakesNoValue(let option):
            return zh ? "选项 '\(option)' 不带值" : "option '\(option)' takes no value"
        case .invalidValue(let option, let value, let accepted) where accepted.count == 1:
            // One kind of value accepted: what was expected, not a list of one.
            return zh ? "选项 '\(option)' 不接受 '\(value)'；应为\(accepted[0])" : "option '\(option)' does not accept '\(value)'; expected \(accepted[0])"
        case .invalidValue(let option, let value, let accepted):
            return zh ? "选项 '\(option)' 不接受 '\(value)'；可用：\(accepted.joined(separator: "、"))"
                : "option '\(option)' does not accept '\(value)'; use one of: \(accepted.joined(separator: ", "))"
        case .givenTwice(let option):
            return zh ? "选项 '\(option)' 只能给一次" : "option '\(option)' is given twice; give it once"
        case .missingArgument(let what, let command):
            return zh ? "'\(command)' 需要 \(what)；运行 'planalign help \(command)'" : "'\(command)' needs \(what); run 'planalign help \(command)'"
        case .unexpectedArgument(let argument, let command):
            return zh ? "'\(command)' 不接受参数 '\(argument)'；运行 'planalign help \(command)'"
                : "'\(command)' does not take the argument '\(argument)'; run 'planalign help \(command)'"
        case .missingDefault(let what, let option):
            return zh ? "当前目录下没有 \(what)；请用 \(option) 指定" : "no \(what) in the current directory; pass \(option)"
        case .unknownRef(let option, let value, let plan, let ref):
            let planName = zh ? (plan == "municipal" ? "上级计划" : "本级计划") : "the \(plan) plan"
            return zh ? "\(option) \(value)：\(planName)中没有条目 \(ref)" : "\(option) \(value): \(planName) has no item \(ref)"
        case .conflictingDecisions(let link, let first, let second):
            return zh ? "对接 \(link) 在同一次调用中既 \(first) 又 \(second)；每条对接只作一个决定"
                : "link \(link) is given both \(first) and \(second) in one call; decide each link once"
        case .outputIsInput(let output, let input):
            return zh ? "-o \(output) 会覆盖输入文件 \(input)；请写到别的文件" : "-o \(output) would overwrite the input \(input); write the output elsewhere"
        case .needsOutput(let format):
            return zh ? "--format \(format) 需要用 -o FILE 指定输出文件" : "--format \(format) writes a file: pass -o FILE"
        }
    }
}
