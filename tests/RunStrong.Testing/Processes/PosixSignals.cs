using System.ComponentModel;
using System.Runtime.InteropServices;

namespace RunStrong.Testing.Processes;

/// <summary>Sends the POSIX signals .NET has no API for (it only sends SIGKILL, through <c>Process.Kill</c>).</summary>
public static partial class PosixSignals
{
    private const int SigTerm = 15;
    private const int SigStop = 19;
    private const int SigCont = 18;
    private const int NoSuchProcess = 3; // ESRCH: it exited already.

    /// <summary>SIGTERM: the graceful stop an orchestrator asks for.</summary>
    public static void Terminate(int pid) => Send(pid, SigTerm, "SIGTERM");

    /// <summary>
    /// SIGSTOP: the process freezes where it is (a long GC pause, a VM stall, a debugger) with its sockets open,
    /// so peers see silence rather than a reset. It cannot be caught; <see cref="Resume"/> undoes it.
    /// </summary>
    public static void Pause(int pid) => Send(pid, SigStop, "SIGSTOP");

    /// <summary>SIGCONT: a paused process runs on from where it stopped, unaware of the time that passed.</summary>
    public static void Resume(int pid) => Send(pid, SigCont, "SIGCONT");

    private static void Send(int pid, int signal, string name)
    {
        if (Kill(pid, signal) != 0 && Marshal.GetLastPInvokeError() is var error && error != NoSuchProcess)
        {
            throw new Win32Exception(error, $"Could not send {name} to process {pid}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
