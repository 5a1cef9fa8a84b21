using System.ComponentModel;
using System.Runtime.InteropServices;

namespace RunStrong.Testing.Processes;

/// <summary>Sends a POSIX signal .NET has no API for (it only sends SIGKILL, through <c>Process.Kill</c>).</summary>
internal static partial class PosixSignals
{
    private const int SigTerm = 15;
    private const int NoSuchProcess = 3; // ESRCH: it exited already.

    public static void Terminate(int pid)
    {
        if (Kill(pid, SigTerm) != 0 && Marshal.GetLastPInvokeError() is var error && error != NoSuchProcess)
        {
            throw new Win32Exception(error, $"Could not send SIGTERM to process {pid}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
