return Icc.Cli.CliApp.Run(args, Console.Out, Console.Error);
