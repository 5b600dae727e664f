"""The workout screen: the countdown view, the runner that ties the controller to a
clock and a speaker, the finished screen and its progression offer."""
