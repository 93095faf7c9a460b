using Icc.Host;

// Ctrl-C and SIGTERM stop the host gracefully: the worker disconnects, then the sidecar and Kestrel stop.
await IccHost.Build(args).RunAsync();
