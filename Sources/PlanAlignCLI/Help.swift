/// The tool's help text, built from the command declarations so it never drifts.
enum Help {
    static func overview(_ language: HelpLanguage) -> String {
        let zh = language == .chinese
        var text = zh
            ? "planalign \(Tool.version)：对照上级工作计划检查下级工作计划。\n\n用法：planalign 命令 [选项]\n\n命令：\n"
            : "planalign \(Tool.version): check a lower-level government work plan against the plan above it.\n\nUsage: planalign COMMAND [OPTIONS]\n\nCommands:\n"
        let width = (Commands.all.map(\.name.count).max() ?? 8) + 2
        for command in Commands.all { text += "  " + command.name.padding(to: width) + command.summary(language) + "\n" }
        text += zh ? """

        选项：
          --help, -h      显示本帮助；放在命令后显示该命令的帮助
          --version, -v   显示版本
          --lang zh|en    帮助和错误信息的语言（默认随系统区域设置）

        运行 'planalign help 命令' 查看命令的选项。

        """ : """

        Options:
          --help, -h      show this help, or a command's help after the command
          --version, -v   print the version
          --lang zh|en    the language of help and errors (default: the locale's)

        Run 'planalign help COMMAND' for a command's options.

        """
        return text
    }

    static func aboutHelp(_ language: HelpLanguage) -> String {
        language == .chinese
            ? "用法：planalign help [命令]\n\n不带命令时列出全部命令；带命令时显示该命令的用法和选项。\n"
            : "Usage: planalign help [COMMAND]\n\nWithout a command, lists the commands; with one, shows its usage and options.\n"
    }

    static func page(for command: Command, language: HelpLanguage) -> String {
        let zh = language == .chinese
        var text = "\(command.summary(language))\n\n\(zh ? "用法：" : "Usage: ")\(command.usage)\n"
        var rows = command.positional.map { [($0.placeholder, $0.help(language))] } ?? []
        rows += command.options.map { ($0.synopsis, $0.help(language)) }
        if !rows.isEmpty {
            text += zh ? "\n参数与选项：\n" : "\nArguments and options:\n"
            let width = (rows.map(\.0.count).max() ?? 10) + 2
            for (option, meaning) in rows { text += "  " + option.padding(to: width) + meaning + "\n" }
        }
        return text
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
